import { useTranslation } from 'react-i18next';
import { AppButtonLink, AppLink } from '@/components/AppLink';
import type { Column } from '@/components/DataTable';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { PagedTable } from '@/components/PagedTable';
import { StatusBadge } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import { isApiProblem } from '@/lib/api-problem';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import { formatMoney } from '@/lib/money';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { Intervention } from '../api/types';
import { useExportYear } from '../api/use-export-year';
import { useInterventions } from '../api/use-interventions';
import { useLinkOptions, usePlanFilterOptions } from '../api/use-link-options';
import { ExportLinks } from '../components/ExportLinks';
import { FILTER_KEYS, isFiltered, toExportQuery, toQuery } from '../components/filter-params';
import { InterventionFilters } from '../components/InterventionFilters';
import '../components/catalogue.css';

export function CataloguePage() {
  const { t, i18n } = useTranslation('catalogue');
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const { page, filters, setPage, setFilters } = useListParams(FILTER_KEYS);
  const interventions = useInterventions(toQuery(filters, page, DEFAULT_PAGE_SIZE));
  const links = useLinkOptions();
  const plan = usePlanFilterOptions();
  const defaultYear = useExportYear();
  const year = Number(filters.jaar) || defaultYear || new Date().getFullYear();

  const columns: Column<Intervention>[] = [
    { key: 'title', header: t('columns.title'), render: (i) => <AppLink to={`/catalogus/${i.id}`}>{i.title}</AppLink> },
    { key: 'category', header: t('columns.category'), render: (i) => vocab.label('Category', i.category) },
    { key: 'status', header: t('columns.status'), render: (i) => vocab.label('InterventionStatus', i.status) },
    { key: 'fundingStream', header: t('columns.fundingStream'), render: (i) => vocab.label('FundingStream', i.fundingStream) },
    { key: 'totalCost', header: t('columns.totalCost'), numeric: true, render: (i) => formatMoney(i.totalCost, i18n.language) },
    { key: 'years', header: t('columns.years'), render: (i) => i.years.join(', ') },
    {
      key: 'evaluation',
      header: t('columns.evaluation'),
      render: (i) => (i.needsEvaluation ? <StatusBadge tone="warning">{t('list.evaluationNeeded')}</StatusBadge> : null),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          canWrite(me.role) ? (
            <>
              <AppButtonLink to="/catalogus/nieuw" appearance="primary-action-button">
                {t('list.new')}
              </AppButtonLink>
              <AppButtonLink to="/catalogus/importeren">{t('list.import')}</AppButtonLink>
            </>
          ) : null
        }
      />
      {notice ? <Notice>{notice}</Notice> : null}
      <InterventionFilters
        key={FILTER_KEYS.map((k) => filters[k]).join('|')}
        value={filters}
        onChange={setFilters}
        links={links}
        plan={plan}
        errors={isApiProblem(interventions.error) ? interventions.error.fieldErrors() : undefined}
      />
      <div className="lk-catalogue-list lk-stacks">
      <PagedTable
        query={interventions}
        emptyMessage={isFiltered(filters) ? t('list.noMatches') : t('list.empty')}
        caption={t('list.caption')}
        columns={columns}
        rowKey={(i) => i.id}
        onPageChange={setPage}
      />
      </div>
      <ExportLinks key={year} defaultYear={year} filters={toExportQuery(filters)} />
    </>
  );
}
