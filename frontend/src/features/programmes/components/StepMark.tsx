import { useTranslation } from 'react-i18next';

/** Done or open, by a sign and a word (never colour alone). */
export function StepMark({ done }: { done: boolean }) {
  const { t } = useTranslation('programmes');
  return (
    <span className={done ? 'lk-step-mark lk-step-mark--done' : 'lk-step-mark'}>
      <span aria-hidden="true">{done ? '✓' : '○'}</span> {done ? t('steps.done') : t('steps.open')}
    </span>
  );
}
