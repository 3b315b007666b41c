import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { evaluationExportUrl } from '../api/export-url';
import { useEvaluationReport } from '../api/use-evaluation-report';
import { AspectSummary } from '../components/AspectSummary';
import { EvaluationTable } from '../components/EvaluationTable';
import { NotShown } from '../components/NotShown';
import { ReportActions } from '../components/ReportActions';
import { YearChoice } from '../components/YearChoice';
import { YEAR_PARAM, yearFromParams } from '../lib/filters';
import '../components/reports.css';

/** `/catalogus/:interventionId/evaluaties?jaar=2014`: an intervention's evaluations in a year — per aspect for the
 * whole, per session, trainer and location, and the open answers. */
export function EvaluationReportPage() {
  const { t } = useTranslation('reports');
  const { interventionId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const report = useEvaluationReport(interventionId, year);
  const r = report.data;
  const pick = (next: number) => setParams((current) => { const p = new URLSearchParams(current); p.set(YEAR_PARAM, String(next)); return p; });

  return (
    <div className="lk-report">
      <PageHeader title={r ? t('evaluation.title', { title: r.title, year: r.year }) : t('evaluation.titleLoading')}
        description={t('evaluation.intro')} />
      <Paragraph className="lk-no-print">
        <AppLink to={`/catalogus/${interventionId}`}>{t('evaluation.backToIntervention')}</AppLink>
        {' · '}
        <AppLink to={`/evaluaties${r ? `?jaar=${r.year}` : ''}`}>{t('evaluation.toYear')}</AppLink>
      </Paragraph>
      {report.isPending ? <LoadingState /> : report.isError || !r ? <ProblemAlert error={report.error} /> : (
        <>
          <YearChoice key={r.year} year={r.year} onPick={pick} />
          <ReportActions what={t('evaluation.fileWhat')} exportUrl={(format) => evaluationExportUrl(interventionId, r.year, format)} />
          {r.total.invited === 0 && !r.total.responses ? <EmptyState message={t('evaluation.none', { year: r.year })} /> : (
            <>
              <section className="lk-section" aria-labelledby="evaluation-total">
                <Heading2 id="evaluation-total">{t('evaluation.totalTitle')}</Heading2>
                <Paragraph>
                  {r.total.suppressed ? <NotShown reason={r.total.suppressed} minimum={r.minimumGroupSize} />
                    : t('evaluation.totalIntro', { responses: r.total.responses ?? 0, invited: r.total.invited })}
                </Paragraph>
                {r.total.suppressed ? null : (
                  <AspectSummary total={r.total} minimum={r.minimumGroupSize} caption={t('evaluation.totalCaption', { title: r.title, year: r.year })} />
                )}
              </section>
              <section className="lk-section" aria-labelledby="evaluation-groups">
                <Heading2 id="evaluation-groups">{t('evaluation.groupsTitle')}</Heading2>
                <Paragraph>{t('evaluation.groupsIntro', { minimum: r.minimumGroupSize })}</Paragraph>
                {r.sessions.length ? <EvaluationTable caption={t('evaluation.sessionsCaption')} groups={r.sessions} minimum={r.minimumGroupSize}
                  nameHeader={t('evaluation.session')} showDay
                  name={(g) => <AppLink to={`/bijeenkomsten/${g.key}`}>{g.label}</AppLink>} /> : null}
                {r.trainers.length ? <EvaluationTable caption={t('evaluation.trainersCaption')} groups={r.trainers} minimum={r.minimumGroupSize}
                  nameHeader={t('evaluation.trainer')} /> : null}
                {r.locations.length ? <EvaluationTable caption={t('evaluation.locationsCaption')} groups={r.locations} minimum={r.minimumGroupSize}
                  nameHeader={t('evaluation.location')} /> : null}
              </section>
              <section className="lk-section" aria-labelledby="evaluation-open">
                <Heading2 id="evaluation-open">{t('evaluation.openTitle')}</Heading2>
                {r.openAnswersSuppressed ? <Paragraph><NotShown reason={r.openAnswersSuppressed} minimum={r.minimumGroupSize} /></Paragraph>
                  : r.openAnswers.length === 0 ? <Paragraph>{t('evaluation.noOpen')}</Paragraph> : (
                    <>
                      <Paragraph className="lk-muted">{t('evaluation.openIntro', { count: r.openAnswers.length })}</Paragraph>
                      <ul className="lk-report-open">
                        {r.openAnswers.map((answer, index) => <li key={index}>{answer}</li>)}
                      </ul>
                    </>
                  )}
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
