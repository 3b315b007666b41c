import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DeleteSection } from '@/components/DeleteSection';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import { useCurrentUser } from '@/lib/session';
import { useDeleteUser } from '../api/use-user-mutations';
import { useUser } from '../api/use-user';
import { UserEditForm } from '../components/UserEditForm';

export function UserDetailPage() {
  const { t, i18n } = useTranslation('users');
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const user = useUser(id);
  const remove = useDeleteUser();
  // Bumped after "reload" on a stale edit, so the form starts again from the server's version.
  const [formGeneration, setFormGeneration] = useState(0);
  const isSelf = me.id === id;

  const title = user.data ? user.data.name : t('detail.title');

  return (
    <>
      <PageHeader title={title} />
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{t('detail.back')}</AppLink>
      </Paragraph>
      {user.isPending ? (
        <LoadingState />
      ) : user.isError ? (
        <ProblemAlert error={user.error} />
      ) : (
        <>
          <DataList>
            <DataListItem>
              <DataListKey>{t('fields.email')}</DataListKey>
              <DataListValue value={user.data.email}>{user.data.email}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('columns.lastLogin')}</DataListKey>
              <DataListValue value={user.data.lastLoginAt ?? ''}>
                {user.data.lastLoginAt ? formatDateTime(user.data.lastLoginAt, i18n.language) : t('neverLoggedIn')}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('detail.createdAt')}</DataListKey>
              <DataListValue value={user.data.createdAt}>
                {formatDateTime(user.data.createdAt, i18n.language)}
              </DataListValue>
            </DataListItem>
          </DataList>
          <UserEditForm
            key={formGeneration}
            user={user.data}
            isSelf={isSelf}
            onReload={() => void user.refetch().then(() => setFormGeneration((g) => g + 1))}
          />
          <DeleteSection
            headingId="user-delete-title"
            title={t('delete.title')}
            intro={isSelf ? t('delete.self') : t('delete.intro')}
            buttonLabel={t('delete.button')}
            allowed={!isSelf}
            confirmTitle={t('delete.confirmTitle', { name: user.data.name })}
            confirmLabel={t('delete.confirm')}
            mutation={remove}
            onConfirm={() =>
              remove.mutate(id, {
                onSuccess: () =>
                  void navigate('/beheer/gebruikers', {
                    state: { notice: t('delete.done', { name: user.data.name }) },
                  }),
              })
            }
          >
            {t('delete.confirmBody', { name: user.data.name, email: user.data.email })}
          </DeleteSection>
        </>
      )}
    </>
  );
}
