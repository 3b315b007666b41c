import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import type { Column } from '@/components/DataTable';
import { SelectField, TextField } from '@/components/FormField';
import { Notice, useFlashNotice } from '@/components/Notice';
import { NewItemSection } from '@/components/NewItemSection';
import { PageHeader } from '@/components/PageHeader';
import { PagedTable } from '@/components/PagedTable';
import { useVocabulary } from '@/i18n/vocabulary';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useCreateFramework } from '../api/use-framework-mutations';
import { useFrameworks } from '../api/use-frameworks';
import type { Framework } from '../api/types';
import { FrameworkForm } from '../components/FrameworkForm';

const FILTERS = ['q', 'soort'] as const;

export function CompetenciesPage() {
  const { t } = useTranslation('competencies');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const frameworks = useFrameworks({ q: filters.q, kind: filters.soort, page, pageSize: DEFAULT_PAGE_SIZE });
  const filtered = Boolean(filters.q || filters.soort);
  const create = useCreateFramework();

  const columns: Column<Framework>[] = [
    { key: 'name', header: t('fields.frameworkName'),
      render: (f) => <AppLink to={`/competenties/${f.id}`}>{f.name}</AppLink> },
    { key: 'kind', header: t('fields.kind'), render: (f) => vocab.label('FrameworkKind', f.kind) },
    { key: 'count', header: t('list.count'), render: (f) => f.competencyCount, numeric: true },
  ];

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {notice ? <Notice>{notice}</Notice> : null}
      <form
        className="lk-filters"
        role="search"
        aria-label={t('list.filters')}
        key={`${filters.q}|${filters.soort}`}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setFilters({ q: String(data.get('q') ?? '').trim(), soort: String(data.get('kind') ?? '') });
        }}
      >
        <TextField label={t('list.search')} name="q" type="search" defaultValue={filters.q} />
        <SelectField label={t('fields.kind')} name="kind" defaultValue={filters.soort}
          options={[{ value: '', label: t('list.anyKind') }, ...vocab.options('FrameworkKind')]} />
        <div className="lk-form-actions">
          <Button type="submit" appearance="secondary-action-button">{tc('actions.filter')}</Button>
        </div>
      </form>
      <PagedTable
        query={frameworks}
        emptyMessage={filtered ? t('list.noMatches') : t('list.empty')}
        caption={t('list.caption')}
        columns={columns}
        rowKey={(f) => f.id}
        onPageChange={setPage}
      />
      {canWrite(me.role) ? (
        <NewItemSection id="framework-new" title={t('new.title')} openLabel={t('new.open')} onClose={create.reset}>
          {(close) => (
            <FrameworkForm
              submitLabel={t('new.submit')}
              busy={create.isPending}
              error={create.error}
              onCancel={close}
              onSubmit={(values) =>
                create.mutate(values, {
                  onSuccess: (framework) =>
                    void navigate(`/competenties/${framework.id}`, {
                      state: { notice: t('new.done', { name: framework.name }) },
                    }),
                })
              }
            />
          )}
        </NewItemSection>
      ) : null}
    </>
  );
}
