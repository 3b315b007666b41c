import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatNumber } from '@/lib/money';
import type { TeamLearningTime } from '../api/types';
import { useLearningTime } from '../api/use-learning-time';
import { HoursBar } from '../components/HoursBar';
import { YearSteps } from '../components/YearSteps';
import '../components/calendars.css';

/** The year in the address (`?jaar=2014`), or undefined (then the API's default year, as the budgets choose it). */
export function yearFromParam(value: string | null): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined;
}

/** /medewerkers/leertijd: every team's hours of a year (attended, planned) against the learning-time norm. */
export function LearningTimePage() {
  const { t, i18n } = useTranslation('calendars');
  const [params, setParams] = useSearchParams();
  const time = useLearningTime(yearFromParam(params.get('jaar')));
  const n = (value: string | null | undefined) => formatNumber(value, i18n.language);
  if (time.isPending) return <><PageHeader title={t('page.titleNoYear')} /><LoadingState /></>;
  if (time.isError) return <><PageHeader title={t('page.titleNoYear')} /><ProblemAlert error={time.error} /></>;
  const d = time.data;
  const rows = [...d.teams, { ...d.total, team: t('page.total') }];
  const scaleOf = (row: TeamLearningTime) => row.normHours ?? null;
  const pct = (value: string | null | undefined) => (value ? t('page.percentOf', { percent: n(value) }) : t('page.noPercent'));
  const barLabel = (row: TeamLearningTime) =>
    t('page.percentValue', { attended: n(row.attendedPercentOfNorm), planned: n(row.plannedPercentOfNorm) });
  return (
    <>
      <PageHeader title={t('page.title', { year: d.year })} description={t('page.intro')} />
      <div className="lk-learning-time__intro">
        <YearSteps year={d.year} onPick={(year) => setParams({ jaar: String(year) })} />
        <Paragraph>{d.normDaysPerFte ? t('page.norm', { days: n(d.normDaysPerFte) }) : t('page.noNorm')}</Paragraph>
      </div>
      {d.teams.length ? (
        <div className="lk-learning-time lk-stacks">
          <ul className="lk-hours-legend" aria-hidden="true">
            <li><span className="lk-hours-legend__swatch lk-hours-legend__swatch--attended" />{t('hours.attended')}</li>
            <li><span className="lk-hours-legend__swatch lk-hours-legend__swatch--planned" />{t('hours.planned')}</li>
          </ul>
          <DataTable<TeamLearningTime>
            caption={t('page.caption', { year: d.year })}
            rows={rows}
            rowKey={(row) => (row === rows[rows.length - 1] ? '__total' : `team-${row.team}`)}
            columns={[
              { key: 'team', header: t('page.team'), render: (row) => row.team || t('page.noTeam') },
              { key: 'people', header: t('page.people'), numeric: true, render: (row) => String(row.people) },
              { key: 'fte', header: t('page.fte'), numeric: true, render: (row) => n(row.fte) || '–' },
              { key: 'norm', header: t('page.normHours'), numeric: true, render: (row) => n(row.normHours) || '–' },
              { key: 'attended', header: t('hours.attended'), numeric: true, render: (row) => n(row.attendedHours) },
              { key: 'planned', header: t('hours.planned'), numeric: true, render: (row) => n(row.plannedHours) },
              { key: 'unrecorded', header: t('hours.unrecorded'), numeric: true, render: (row) => n(row.unrecordedHours) },
              { key: 'percent', header: t('page.percent'), numeric: true, render: (row) => pct(row.attendedPercentOfNorm) },
              { key: 'withPlanned', header: t('page.withPlanned'), numeric: true, render: (row) => pct(row.plannedPercentOfNorm) },
              {
                key: 'bar', header: t('page.bar'), render: (row) => scaleOf(row) ? (
                  <HoursBar attended={row.attendedHours} planned={row.plannedHours} scale={scaleOf(row)} label={barLabel(row)} />
                ) : '–',
              },
            ]}
          />
        </div>
      ) : <Paragraph>{t('page.empty', { year: d.year })}</Paragraph>}
      <Paragraph className="lk-muted">{t('hours.howItCounts')}</Paragraph>
    </>
  );
}
