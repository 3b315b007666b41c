import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { effectExportUrl } from '../api/export-url';
import { useEffectReport } from '../api/use-effect-report';
import type { EffectReport, ReportComparison } from '../api/types';
import { ChangeChart } from '../components/ChangeChart';
import { LeverHeatMap } from '../components/LeverHeatMap';
import { MeansChart } from '../components/MeansChart';
import { QuestionTable } from '../components/QuestionTable';
import { ReadingAid } from '../components/ReadingAid';
import { ReportActions } from '../components/ReportActions';
import { ReportFilters } from '../components/ReportFilters';
import { ResponseRateChart } from '../components/ResponseRateChart';
import { defaultComparison, meansKind, rowsOf } from '../lib/chart-data';
import { activeFilterCount, COMPARISON_PARAM, filtersFromParams, paramsWithFilters } from '../lib/filters';
import { useReportLabels } from '../lib/labels';
import '../components/reports.css';

function chosenComparison(report: EffectReport, toRoundId: string | null): ReportComparison | null {
  return report.comparisons.find((c) => c.toRoundId === toRoundId) ?? defaultComparison(report);
}

/** `/cohorten/:cohortId/effectrapportage`: what the cohort's measurements show — response per round, means per
 * moment, the change from the pre round with its interval, the levers of transfer — each chart beside its table;
 * filters in the URL, print and export. */
export function EffectReportPage() {
  const { t } = useTranslation('reports');
  const vocab = useVocabulary();
  const { cohortId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const report = useEffectReport(cohortId, filters);
  const r = report.data;
  const { rowLabel, roundLabel } = useReportLabels(r);
  const comparison = r ? chosenComparison(r, params.get(COMPARISON_PARAM)) : null;
  const roundById = new Map((r?.rounds ?? []).map((round) => [round.id, round]));
  const describe = (c: ReportComparison) => {
    const from = roundById.get(c.fromRoundId);
    const to = roundById.get(c.toRoundId);
    return t('change.comparison', { from: from ? roundLabel(from) : '', to: to ? roundLabel(to) : '',
      kind: vocab.label('ComparisonKind', c.kind).toLowerCase() });
  };
  const kind = r ? meansKind(r) : null;

  return (
    <div className="lk-report">
      <PageHeader title={r ? t('effect.title', { name: r.cohortName }) : t('effect.titleLoading')} description={t('effect.intro')} />
      <Paragraph className="lk-no-print">
        <AppLink to={`/cohorten/${cohortId}`}>{t('effect.backToCohort')}</AppLink>
        {' · '}
        <AppLink to="/rapportages">{t('effect.toOverview')}</AppLink>
      </Paragraph>
      {report.isPending ? <LoadingState /> : report.isError || !r ? <ProblemAlert error={report.error} /> : (
        <>
          <ReportActions what={t('effect.fileWhat')} exportUrl={(format) => effectExportUrl(cohortId, filters, format)} />
          <ReportFilters filters={filters} clearTo={`/cohorten/${cohortId}/effectrapportage`}
            comparison={comparison?.toRoundId ?? ''}
            comparisons={r.comparisons.map((c) => ({ value: c.toRoundId, label: describe(c) }))}
            onApply={({ filters: next, comparison: to }) => {
              const updated = paramsWithFilters(params, next);
              if (to && to !== defaultComparison(r)?.toRoundId) updated.set(COMPARISON_PARAM, to);
              else updated.delete(COMPARISON_PARAM);
              setParams(updated);
            }} />
          <Paragraph className="lk-report-status" role="status">
            {activeFilterCount(filters) ? t('filters.active', { count: activeFilterCount(filters) }) : t('filters.none')}
            {report.isFetching ? ` ${t('filters.updating')}` : ''}
          </Paragraph>
          {r.rounds.length === 0 ? <EmptyState message={t('effect.noRounds')} /> : (
            <>
              <section className="lk-section" aria-labelledby="report-response">
                <Heading2 id="report-response">{t('rounds.title')}</Heading2>
                <ResponseRateChart report={r} roundLabel={roundLabel} />
              </section>
              {r.rows.length === 0 ? <EmptyState message={t('effect.noRows')} /> : (
                <>
                  {kind ? (
                    <section className="lk-section" aria-labelledby="report-means">
                      <Heading2 id="report-means">{t(`means.title.${kind}`)}</Heading2>
                      <Paragraph>{t('means.intro')}</Paragraph>
                      <MeansChart report={r} kind={kind} rowLabel={rowLabel} roundLabel={roundLabel} />
                    </section>
                  ) : null}
                  <section className="lk-section" aria-labelledby="report-change">
                    <Heading2 id="report-change">{t('change.title')}</Heading2>
                    {comparison ? (
                      <>
                        <Paragraph>{describe(comparison)}. {t(comparison.kind === 'paired' ? 'change.pairedIntro' : 'change.unpairedIntro')}</Paragraph>
                        <ChangeChart report={r} comparison={comparison} rowLabel={rowLabel} />
                      </>
                    ) : <Paragraph>{t('change.noComparison')}</Paragraph>}
                  </section>
                  {rowsOf(r, 'transfer_lever').length ? (
                    <section className="lk-section" aria-labelledby="report-levers">
                      <Heading2 id="report-levers">{t('levers.title')}</Heading2>
                      <Paragraph>{t('levers.intro')}</Paragraph>
                      <LeverHeatMap report={r} rowLabel={rowLabel} roundLabel={roundLabel} />
                    </section>
                  ) : null}
                  {rowsOf(r, 'question').length ? (
                    <section className="lk-section" aria-labelledby="report-questions">
                      <Heading2 id="report-questions">{t('questions.title')}</Heading2>
                      <QuestionTable report={r} comparison={comparison} roundLabel={roundLabel} />
                    </section>
                  ) : null}
                </>
              )}
            </>
          )}
          <ReadingAid minimum={r.minimumGroupSize} />
        </>
      )}
    </div>
  );
}
