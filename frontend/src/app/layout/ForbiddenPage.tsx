import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { PageHeader } from '@/components/PageHeader';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Paragraph>{t('forbidden.body')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('forbidden.home')}</AppLink>
      </Paragraph>
    </>
  );
}
