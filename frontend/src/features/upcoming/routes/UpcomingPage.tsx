import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { PageHeader } from '@/components/PageHeader';

export type UpcomingDomain =
  | 'plan'
  | 'catalogue'
  | 'budgets'
  | 'programmes'
  | 'cohorts'
  | 'stakeholders'
  | 'surveys'
  | 'reports';

/**
 * A domain that is not built yet. It says so honestly and describes what is coming;
 * it shows no sample or made-up data.
 */
export function UpcomingPage({ domain }: { domain: UpcomingDomain }) {
  const { t } = useTranslation('upcoming');
  const { t: tc } = useTranslation();
  return (
    <>
      <PageHeader title={tc(`nav.${domain}`)} />
      <Alert type="info" className="lk-notice">
        <Heading2>{t('notAvailableTitle')}</Heading2>
        <Paragraph>{t('notAvailableBody')}</Paragraph>
      </Alert>
      <Heading2>{t('whatTitle')}</Heading2>
      <Paragraph>{t(`domains.${domain}`)}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
