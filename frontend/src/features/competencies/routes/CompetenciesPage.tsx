import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DataTable, type Column } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useCreateFramework } from '../api/mutations';
import { useFrameworks } from '../api/queries';
import type { Framework } from '../api/types';
import { FrameworkForm } from '../components/FrameworkForm';

const FILTERS = ['soort'] as const;

export function CompetenciesPage() {
  const { t } = useTranslation('competencies');
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const { page, filters, setPage } = useListParams(FILTERS);
  const frameworks = useFrameworks({ kind: filters.soort, page, pageSize: DEFAULT_PAGE_SIZE });
  const create = useCreateFramework();
  const [adding, setAdding] = useState(false);

  const columns: Column<Framework>[] = [
    { key: 'name', header: t('fields.frameworkName'),
      render: (f) => <AppLink to={`/competenties/${f.id}`}>{f.name}</AppLink> },
    { key: 'kind', header: t('fields.kind'), render: (f) => t(`kind.${f.kind}`) },
    { key: 'count', header: t('list.count'), render: (f) => f.competencyCount, numeric: true },
  ];

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {notice ? <Notice>{notice}</Notice> : null}
      {frameworks.isPending ? (
        <LoadingState />
      ) : frameworks.isError ? (
        <ProblemAlert error={frameworks.error} />
      ) : frameworks.data.items.length === 0 ? (
        <EmptyState message={t('list.empty')} />
      ) : (
        <>
          <DataTable caption={t('list.caption')} columns={columns} rows={frameworks.data.items} rowKey={(f) => f.id} />
          <Pagination page={frameworks.data.page} pageSize={frameworks.data.pageSize} total={frameworks.data.total}
            onPageChange={setPage} />
        </>
      )}
      {canWrite(me.role) ? (
        <section className="lk-section" aria-labelledby="framework-new">
          <Heading2 id="framework-new">{t('new.title')}</Heading2>
          {adding ? (
            <FrameworkForm
              submitLabel={t('new.submit')}
              busy={create.isPending}
              error={create.error}
              onCancel={() => { setAdding(false); create.reset(); }}
              onSubmit={(values) =>
                create.mutate(values, {
                  onSuccess: (framework) =>
                    void navigate(`/competenties/${framework.id}`, {
                      state: { notice: t('new.done', { name: framework.name }) },
                    }),
                })
              }
            />
          ) : (
            <Button appearance="primary-action-button" onClick={() => setAdding(true)}>
              {t('new.open')}
            </Button>
          )}
        </section>
      ) : null}
    </>
  );
}
