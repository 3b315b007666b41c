import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppButtonLink, AppLink } from '@/components/AppLink';
import type { Column } from '@/components/DataTable';
import { SelectField, TextField } from '@/components/FormField';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { PagedTable } from '@/components/PagedTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { Plan } from '../api/types';
import { usePlans } from '../api/use-plans';
import { PlanStatusBadge } from '../components/PlanStatusBadge';

const FILTERS = ['q', 'status'] as const;

export function PlansPage() {
  const { t } = useTranslation('plan');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const plans = usePlans({ q: filters.q, status: filters.status, page, pageSize: DEFAULT_PAGE_SIZE });
  const filtered = Boolean(filters.q || filters.status);

  const columns: Column<Plan>[] = [
    { key: 'title', header: t('fields.title'), render: (p) => <AppLink to={`/plan/${p.id}`}>{p.title}</AppLink> },
    { key: 'years', header: t('fields.years'), render: (p) => `${p.firstYear}–${p.lastYear}` },
    { key: 'status', header: t('fields.status'), render: (p) => <PlanStatusBadge status={p.status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          canWrite(me.role) ? (
            <AppButtonLink to="/plan/nieuw" appearance="primary-action-button">
              {t('list.new')}
            </AppButtonLink>
          ) : undefined
        }
      />
      {notice ? <Notice>{notice}</Notice> : null}
      <form
        className="lk-filters"
        role="search"
        aria-label={t('list.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setFilters({ q: String(data.get('q') ?? ''), status: String(data.get('status') ?? '') });
        }}
        key={`${filters.q}|${filters.status}`}
      >
        <TextField label={t('list.search')} name="q" type="search" defaultValue={filters.q} />
        <SelectField
          label={t('fields.status')}
          name="status"
          defaultValue={filters.status}
          options={[{ value: '', label: t('list.anyStatus') }, ...vocab.options('PlanStatus')]}
        />
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button">
            {tc('actions.filter')}
          </Button>
        </div>
      </form>
      <PagedTable
        query={plans}
        emptyMessage={filtered ? t('list.noMatches') : t('list.empty')}
        caption={t('list.caption')}
        columns={columns}
        rowKey={(p) => p.id}
        onPageChange={setPage}
      />
    </>
  );
}
