import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** What a form says on 412: someone else saved first; reload to see their version. */
export function StaleAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning" role="alert" className="lk-problem">
      <Heading2>{t('stale.title')}</Heading2>
      <Paragraph>{t('stale.body')}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onReload}>
        {t('stale.reload')}
      </Button>
    </Alert>
  );
}
