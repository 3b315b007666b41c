import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import { AppLink } from '@/components/AppLink';
import { DataTable, type Column } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatShare, formatSigned } from '@/lib/figures';
import { formatDate } from '@/lib/format';
import { useEffectOverview } from '../api/use-effect-overview';
import type { CohortOverview, MeasurementLevel } from '../api/types';
import { NotShown } from '../components/NotShown';
import '../components/reports.css';

/** `/rapportages`: per programme its cohorts with their response and headline effect per level, each linking to
 * its effect report; and the way to the year's evaluations. */
export function ReportsOverviewPage() {
  const { t, i18n } = useTranslation('reports');
  const vocab = useVocabulary();
  const lang = i18n.language;
  const overview = useEffectOverview();
  const o = overview.data;
  const headline = (cohort: CohortOverview, level: MeasurementLevel) => {
    const change = cohort.headline.find((h) => h.level === level)?.change;
    if (!change) return <span className="lk-muted">{t('overview.noChange')}</span>;
    if (change.suppressed) return <NotShown reason={change.suppressed} minimum={o?.minimumGroupSize ?? 0} />;
    if (change.meanDifference === null) return t('figures.none');
    return t('overview.headline', {
      magnitude: change.magnitude ? vocab.label('Magnitude', change.magnitude) : '',
      difference: formatSigned(change.meanDifference, lang, 1),
    });
  };
  const columns: Column<CohortOverview>[] = [
    { key: 'cohort', header: t('overview.cohort'), render: (c) => <AppLink to={`/cohorten/${c.cohortId}/effectrapportage`}>{c.name}</AppLink> },
    { key: 'period', header: t('overview.period'), render: (c) => t('rounds.periodValue', { from: formatDate(c.startDate, lang), to: formatDate(c.endDate, lang) }) },
    { key: 'participants', header: t('overview.participants'), numeric: true, render: (c) => String(c.participants) },
    { key: 'rounds', header: t('overview.rounds'), numeric: true, render: (c) => String(c.rounds.length) },
    { key: 'response', header: t('overview.response'), numeric: true, render: (c) => (c.responseRate === null ? t('rounds.noInvitations') : formatShare(c.responseRate, lang)) },
    ...ENUM_VALUES.MeasurementLevel.map((level) => ({
      key: level, header: t('overview.levelHeader', { level: vocab.label('MeasurementLevel', level) }),
      render: (c: CohortOverview) => headline(c, level),
    })),
  ];

  return (
    <div className="lk-report">
      <PageHeader title={t('overview.title')} description={t('overview.intro')} />
      <Paragraph className="lk-no-print"><AppLink to="/evaluaties">{t('overview.toEvaluations')}</AppLink></Paragraph>
      {overview.isPending ? <LoadingState /> : overview.isError || !o ? <ProblemAlert error={overview.error} /> : (
        o.programmes.length === 0 ? <EmptyState message={t('overview.none')} /> : (
          <>
            <Paragraph className="lk-muted">{t('overview.headlineHelp', { minimum: o.minimumGroupSize })}</Paragraph>
            {o.programmes.map((programme, index) => (
              <section key={programme.programmeId ?? `none-${index}`} className="lk-section" aria-labelledby={`programme-${index}`}>
                <Heading2 id={`programme-${index}`}>{programme.programmeId ? programme.title : t('overview.noProgramme')}</Heading2>
                {programme.cohorts.length === 0 ? <Paragraph>{t('overview.noCohorts')}</Paragraph> : (
                  <div className="lk-stacks">
                    <DataTable caption={t('overview.caption', { programme: programme.title })} columns={columns}
                      rows={programme.cohorts} rowKey={(c) => c.cohortId} />
                  </div>
                )}
              </section>
            ))}
          </>
        )
      )}
    </div>
  );
}
