import { useTranslation } from 'react-i18next';
import type { SuppressionReason } from '../api/types';

/** A withheld figure: "niet getoond" with why (never 0, never blank). */
export function NotShown({ reason, minimum }: { reason: SuppressionReason | null; minimum: number }) {
  const { t } = useTranslation('reports');
  return (
    <span className="lk-report-hidden">
      {t('hidden.label')}{' '}
      <span className="lk-report-hidden__why">({reason === 'protects_another' ? t('hidden.protectsAnother') : t('hidden.tooFew', { minimum })})</span>
    </span>
  );
}
