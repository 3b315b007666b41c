import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { DataTable, type Column } from '@/components/DataTable';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney } from '@/lib/money';
import { useDashboardYear } from '../api/use-dashboard-year';
import { useYearSummary } from '../api/use-year-summary';
import type { StreamFigures } from '../api/types';

/**
 * The year at a glance: the year the API opens on (the most recent year with data in the adopted plan), its
 * budget planned and spent per stream, the size of its execution programme and its open warnings, with links
 * to where each is worked on.
 */
export function YearDashboard() {
  const { t, i18n } = useTranslation('home');
  const vocab = useVocabulary();
  const years = useDashboardYear();
  const year = years.data?.defaultYear;
  const summary = useYearSummary(year);
  const lang = i18n.language;

  if (years.isError) return <ProblemAlert error={years.error} />;
  if (summary.isError) return <ProblemAlert error={summary.error} />;
  if (year === undefined || summary.isPending) return <LoadingState />;
  const s = summary.data;
  const plan = years.data?.plan;

  const columns: Column<StreamFigures>[] = [
    { key: 'stream', header: t('dashboard.stream'), render: (f) => (f.stream ? vocab.label('FundingStream', f.stream) : t('dashboard.total')) },
    { key: 'budget', header: t('dashboard.budget'), numeric: true, render: (f) => formatMoney(f.budget, lang) },
    { key: 'planned', header: t('dashboard.planned'), numeric: true, render: (f) => formatMoney(f.planned, lang) },
    { key: 'committed', header: t('dashboard.committed'), numeric: true, render: (f) => formatMoney(f.committed, lang) },
    { key: 'spent', header: t('dashboard.spent'), numeric: true, render: (f) => formatMoney(f.spent, lang) },
    { key: 'remaining', header: t('dashboard.remaining'), numeric: true, render: (f) => formatMoney(f.remaining, lang) },
  ];
  const open = s.warnings.length + (s.unbudgeted.length ? 1 : 0) + (s.outsideProgramme.length ? 1 : 0);

  return (
    <section className="lk-section" aria-labelledby="home-year">
      <Heading2 id="home-year">{t('dashboard.title', { year })}</Heading2>
      {plan ? (
        <Paragraph>{t('dashboard.plan', { title: plan.title, first: plan.firstYear, last: plan.lastYear, year })}</Paragraph>
      ) : (
        <Paragraph>{t('dashboard.noPlan', { year })}</Paragraph>
      )}
      <div className="lk-dashboard">
        <div className="lk-dashboard__wide">
          <Heading3>{t('dashboard.budgetTitle')}</Heading3>
          <DataTable caption={t('dashboard.budgetCaption', { year })} columns={columns} rows={[...s.streams, s.total]}
            rowKey={(f) => f.stream ?? 'total'} />
          <Paragraph><AppLink to={`/budgetten?jaar=${year}`}>{t('dashboard.toBudgets', { year })}</AppLink></Paragraph>
        </div>
        <div className="lk-card">
          <Heading3>{t('dashboard.programmeTitle')}</Heading3>
          <Paragraph>
            {t('dashboard.programme', { count: s.programme.interventions, cost: formatMoney(s.programme.totalCost, lang), year })}
          </Paragraph>
          <Paragraph><AppLink to={`/catalogus?jaar=${year}`}>{t('dashboard.toProgramme', { year })}</AppLink></Paragraph>
        </div>
        <div className="lk-card">
          <Heading3>{t('dashboard.warningsTitle', { count: open })}</Heading3>
          {open === 0 ? (
            <Paragraph>{t('dashboard.noWarnings')}</Paragraph>
          ) : (
            <UnorderedList>
              {s.unbudgeted.length ? (
                <UnorderedListItem>{t('dashboard.unbudgeted', { count: s.unbudgeted.length })}</UnorderedListItem>
              ) : null}
              {s.outsideProgramme.length ? (
                <UnorderedListItem>{t('dashboard.outside', { count: s.outsideProgramme.length })}</UnorderedListItem>
              ) : null}
              {s.warnings.map((w, i) => (
                <UnorderedListItem key={`${w.code}-${w.stream ?? ''}-${w.lineId ?? ''}-${i}`}>
                  {t(`dashboard.warnings.${w.code}`, {
                    defaultValue: w.detail,
                    stream: w.stream ? vocab.label('FundingStream', w.stream) : '',
                  })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Paragraph><AppLink to={`/budgetten?jaar=${year}#waarschuwingen`}>{t('dashboard.toWarnings')}</AppLink></Paragraph>
        </div>
      </div>
    </section>
  );
}
