import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVocabulary } from '@/i18n/vocabulary';
import type { ProgrammeStepRead } from '../api/types';
import { stepPath } from '../lib/steps';
import { StepMark } from './StepMark';

/** The six design steps as the workspace's navigation: the current one has `aria-current="page"`. */
export function StepNav({ programmeId, steps, current }: { programmeId: string; steps: ProgrammeStepRead[]; current: string }) {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  return (
    <nav className="lk-steps" aria-label={t('steps.nav')}>
      <ol className="lk-steps__list">
        {steps.map((step, index) => (
          <li key={step.step} className="lk-steps__item">
            <Link to={stepPath(programmeId, step.step)} className="lk-steps__link"
              aria-current={step.step === current ? 'page' : undefined}>
              <span className="lk-steps__number">{index + 1}.</span> {vocab.label('DesignStep', step.step)}
              <span className="lk-steps__mark"><StepMark done={step.done} /></span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
