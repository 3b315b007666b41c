import { useTranslation } from 'react-i18next';
import { AppButtonLink, AppLink } from '@/components/AppLink';
import type { Column } from '@/components/DataTable';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { PagedTable } from '@/components/PagedTable';
import { StatusBadge } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import { isApiProblem } from '@/lib/api-problem';
import { formatDateTime } from '@/lib/format';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import type { User } from '../api/types';
import { useUsers } from '../api/use-users';
import { UserFilters } from '../components/UserFilters';

const FILTERS = ['q', 'rol', 'actief'] as const;

export function UsersPage() {
  const { t, i18n } = useTranslation('users');
  const vocab = useVocabulary();
  const notice = useFlashNotice();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const isActive = filters.actief === 'ja' ? true : filters.actief === 'nee' ? false : undefined;
  const users = useUsers({ q: filters.q, role: filters.rol, isActive, page, pageSize: DEFAULT_PAGE_SIZE });
  const filtered = Boolean(filters.q || filters.rol || filters.actief);

  const columns: Column<User>[] = [
    { key: 'name', header: t('columns.name'), render: (u) => <AppLink to={`/beheer/gebruikers/${u.id}`}>{u.name}</AppLink> },
    { key: 'email', header: t('columns.email'), render: (u) => u.email },
    { key: 'role', header: t('columns.role'), render: (u) => vocab.label('Role', u.role) },
    {
      key: 'status',
      header: t('columns.status'),
      render: (u) => (
        <StatusBadge tone={u.isActive ? 'active' : 'inactive'}>
          {u.isActive ? t('status.active') : t('status.inactive')}
        </StatusBadge>
      ),
    },
    {
      key: 'lastLogin',
      header: t('columns.lastLogin'),
      render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, i18n.language) : t('neverLoggedIn')),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          <AppButtonLink to="/beheer/gebruikers/nieuw" appearance="primary-action-button">
            {t('list.new')}
          </AppButtonLink>
        }
      />
      {notice ? <Notice>{notice}</Notice> : null}
      <UserFilters
        key={`${filters.q}|${filters.rol}|${filters.actief}`}
        value={{ q: filters.q, role: filters.rol, isActive: isActive === undefined ? '' : String(isActive) }}
        onChange={(v) => setFilters({ q: v.q, rol: v.role, actief: v.isActive === '' ? '' : v.isActive === 'true' ? 'ja' : 'nee' })}
        errors={isApiProblem(users.error) ? users.error.fieldErrors() : undefined}
      />
      <PagedTable
        query={users}
        emptyMessage={filtered ? t('list.noMatches') : t('list.empty')}
        caption={t('list.caption')}
        columns={columns}
        rowKey={(u) => u.id}
        onPageChange={setPage}
      />
    </>
  );
}
