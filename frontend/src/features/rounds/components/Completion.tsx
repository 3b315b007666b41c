import { useTranslation } from 'react-i18next';
import type { Completion as CompletionFigures } from '../api/types';

/** "12 van 20 ingevuld (60 %)" with a bar; "Nog niemand uitgenodigd" before the invitations. */
export function Completion({ completion }: { completion: CompletionFigures }) {
  const { t } = useTranslation('rounds');
  if (!completion.invited) return <span className="lk-muted">{t('completion.none')}</span>;
  const percent = Math.round((completion.rate ?? completion.completed / completion.invited) * 100);
  return (
    <span className="lk-round-completion">
      <progress className="lk-round-progress" max={completion.invited} value={completion.completed}
        aria-label={t('completion.label', { percent })} />
      <span>{t('completion.text', { completed: completion.completed, invited: completion.invited, percent })}</span>
    </span>
  );
}
