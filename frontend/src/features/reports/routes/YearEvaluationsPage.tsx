import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { yearEvaluationsExportUrl } from '../api/export-url';
import { useYearEvaluations } from '../api/use-year-evaluations';
import type { EvaluationGroup } from '../api/types';
import { EvaluationTable } from '../components/EvaluationTable';
import { ReportActions } from '../components/ReportActions';
import { YearChoice } from '../components/YearChoice';
import { YEAR_PARAM, yearFromParams } from '../lib/filters';
import '../components/reports.css';

/** `/evaluaties?jaar=2014`: a year's evaluated interventions side by side (highest rated first, the highest and
 * lowest marked), and the same per trainer and per location. */
export function YearEvaluationsPage() {
  const { t } = useTranslation('reports');
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const evaluations = useYearEvaluations(year);
  const e = evaluations.data;
  const pick = (next: number) => setParams((current) => { const p = new URLSearchParams(current); p.set(YEAR_PARAM, String(next)); return p; });
  const shown = (e?.interventions ?? []).filter((group) => !group.suppressed);
  const highest = shown.length > 1 ? shown[0]?.key : undefined;
  const lowest = shown.length > 1 ? shown.at(-1)?.key : undefined;
  const mark = (group: EvaluationGroup) => (group.key === highest ? <> <StatusBadge tone="active">{t('year.highest')}</StatusBadge></>
    : group.key === lowest ? <> <StatusBadge tone="warning">{t('year.lowest')}</StatusBadge></> : null);

  return (
    <div className="lk-report">
      <PageHeader title={e ? t('year.title', { year: e.year }) : t('year.titleLoading')} description={t('year.intro')} />
      <Paragraph className="lk-no-print"><AppLink to="/rapportages">{t('effect.toOverview')}</AppLink></Paragraph>
      {evaluations.isPending ? <LoadingState /> : evaluations.isError || !e ? <ProblemAlert error={evaluations.error} /> : (
        <>
          <YearChoice key={e.year} year={e.year} onPick={pick} />
          <ReportActions what={t('year.fileWhat', { year: e.year })} exportUrl={(format) => yearEvaluationsExportUrl(e.year, format)} />
          {e.interventions.length === 0 ? <EmptyState message={t('evaluation.none', { year: e.year })} /> : (
            <>
              <section className="lk-section" aria-labelledby="year-interventions">
                <Heading2 id="year-interventions">{t('year.interventionsTitle')}</Heading2>
                <Paragraph>{t('year.rankIntro', { minimum: e.minimumGroupSize })}</Paragraph>
                <EvaluationTable caption={t('year.interventionsCaption', { year: e.year })} groups={e.interventions}
                  minimum={e.minimumGroupSize} nameHeader={t('year.intervention')} mark={mark}
                  name={(g) => <AppLink to={`/catalogus/${g.key}/evaluaties?jaar=${e.year}`}>{g.label}</AppLink>} />
              </section>
              {e.trainers.length ? (
                <section className="lk-section" aria-labelledby="year-trainers">
                  <Heading2 id="year-trainers">{t('year.trainersTitle')}</Heading2>
                  <EvaluationTable caption={t('year.trainersCaption', { year: e.year })} groups={e.trainers}
                    minimum={e.minimumGroupSize} nameHeader={t('evaluation.trainer')} />
                </section>
              ) : null}
              {e.locations.length ? (
                <section className="lk-section" aria-labelledby="year-locations">
                  <Heading2 id="year-locations">{t('year.locationsTitle')}</Heading2>
                  <EvaluationTable caption={t('year.locationsCaption', { year: e.year })} groups={e.locations}
                    minimum={e.minimumGroupSize} nameHeader={t('evaluation.location')} />
                </section>
              ) : null}
            </>
          )}
        </>
      )}
    </div>
  );
}
