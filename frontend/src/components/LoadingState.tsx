import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** A polite status message while data loads. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className="lk-loading">
      <Paragraph>{label ?? t('states.loading')}</Paragraph>
    </div>
  );
}
