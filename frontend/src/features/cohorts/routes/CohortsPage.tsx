import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { SelectField, TextField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { NewItemSection } from '@/components/NewItemSection';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDateLong } from '@/lib/format';
import { useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import { FULL_PAGE } from '../api/cohort-keys';
import { useCohortMutations } from '../api/use-cohort-mutations';
import { useCohorts, useProgrammeOptions } from '../api/use-cohorts';
import { CohortForm } from '../components/CohortForm';
import { StatusTag } from '../components/StatusTag';
import '../components/cohorts.css';

const FILTERS = ['q', 'status'] as const;

/** `/cohorten`: the organisation's cohorts (groepen), latest start first, and a new one. */
export function CohortsPage() {
  const { t, i18n } = useTranslation('cohorts');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const cohorts = useCohorts({ q: filters.q, status: filters.status, page, pageSize: 25 });
  const everyName = useCohorts({ page: 1, pageSize: FULL_PAGE });
  const programmes = useProgrammeOptions();
  const { create } = useCohortMutations();
  const filtered = Boolean(filters.q || filters.status);

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {notice ? <Notice>{notice}</Notice> : null}
      <form className="lk-filters" role="search" aria-label={t('list.filters')} key={`${filters.q}|${filters.status}`}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setFilters({ q: String(data.get('q') ?? '').trim(), status: String(data.get('status') ?? '') });
        }}>
        <TextField label={t('list.search')} name="q" type="search" defaultValue={filters.q} />
        <SelectField label={t('fields.status')} name="status" defaultValue={filters.status}
          options={[{ value: '', label: t('list.anyStatus') }, ...vocab.options('CohortStatus')]} />
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button">{tc('actions.filter')}</Button>
        </div>
      </form>
      {cohorts.isPending ? <LoadingState /> : cohorts.isError ? <ProblemAlert error={cohorts.error} /> :
        cohorts.data.items.length === 0 ? (
          <EmptyState message={filtered ? t('list.noMatches') : t('list.empty')} />
        ) : (
          <>
            <DataTable caption={t('list.caption')} rows={cohorts.data.items} rowKey={(c) => c.id} columns={[
              { key: 'name', header: t('fields.name'), render: (c) => <AppLink to={`/cohorten/${c.id}`}>{c.name}</AppLink> },
              { key: 'programme', header: t('fields.programme'), render: (c) => c.programmeTitle },
              { key: 'startsOn', header: t('fields.startsOn'), render: (c) => formatDateLong(c.startsOn, i18n.language) },
              { key: 'endsOn', header: t('fields.endsOn'), render: (c) => formatDateLong(c.endsOn, i18n.language) },
              { key: 'status', header: t('fields.status'), render: (c) => <StatusTag status={c.status} /> },
              { key: 'participants', header: t('fields.participants'), numeric: true, render: (c) => c.participantCount },
            ]} />
            <Pagination page={cohorts.data.page} pageSize={cohorts.data.pageSize} total={cohorts.data.total}
              onPageChange={setPage} />
          </>
        )}
      {canWrite(me.role) ? (
        <NewItemSection id="cohort-new" title={t('new.title')} openLabel={t('new.open')} onClose={create.reset}>
          {(close) => (
            programmes.isPending ? <LoadingState /> : programmes.isError ? <ProblemAlert error={programmes.error} /> : (
              <CohortForm
                programmes={programmes.data}
                takenNames={everyName.data?.items.map((c) => c.name) ?? []}
                submitLabel={t('new.submit')}
                busy={create.isPending}
                error={create.error}
                onCancel={close}
                onSubmit={(values) => create.mutate(values, {
                  onSuccess: (cohort) => void navigate(`/cohorten/${cohort.id}`,
                    { state: { notice: t('new.done', { name: cohort.name }) } }),
                })}
              />
            )
          )}
        </NewItemSection>
      ) : null}
    </>
  );
}
