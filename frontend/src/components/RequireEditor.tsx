import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useVocabulary } from '@/i18n/vocabulary';
import { canWrite, useMe } from '@/lib/session';
import { AppLink } from './AppLink';
import { PageHeader } from './PageHeader';

/**
 * The guard of every page that only changes things (a new or edit form, an import): a reader (lezer) is
 * told up front that their role cannot save here, instead of getting the whole form and failing on save.
 * Used as the parent route of a feature's editor routes.
 */
export function RequireEditor() {
  const me = useMe();
  if (me.data && !canWrite(me.data.role)) return <EditorsOnlyPage />;
  return <Outlet />;
}

function EditorsOnlyPage() {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  return (
    <>
      <PageHeader title={t('editorsOnly.title')} />
      <Paragraph>
        {t('editorsOnly.body', {
          role: vocab.label('Role', 'viewer'),
          editor: vocab.label('Role', 'editor'),
          admin: vocab.label('Role', 'admin'),
        })}
      </Paragraph>
      <Paragraph>
        <AppLink to="/">{t('editorsOnly.home')}</AppLink>
      </Paragraph>
    </>
  );
}
