import { ENUM_VALUES } from '@/api/enums';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { API_BASE_URL } from '@/lib/api-client';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useBudgetLines } from '../api/use-budget-lines';
import { useBudgetSummary } from '../api/use-budget-summary';
import { useBudgetYears } from '../api/use-budget-years';
import { useBudgets } from '../api/use-budgets';
import { BudgetAmounts } from '../components/BudgetAmounts';
import { LearningTimeSection } from '../components/LearningTimeSection';
import { PayrollSection } from '../components/PayrollSection';
import { ProgrammeGaps } from '../components/ProgrammeGaps';
import { SectionNav } from '../components/SectionNav';
import { StreamCharts } from '../components/StreamCharts';
import { StreamLines } from '../components/StreamLines';
import { TeamAllocation } from '../components/TeamAllocation';
import { WarningList } from '../components/WarningList';
import { YearPicker } from '../components/YearPicker';
import '../budgets.css';

/** The year in the address (`?jaar=2014`), or undefined when there is none (then the API's default year). */
export function yearFromParam(value: string | null): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined;
}

export function BudgetYearPage() {
  const { t } = useTranslation('budgets');
  const years = useBudgetYears();
  const [params] = useSearchParams();
  const asked = yearFromParam(params.get('jaar'));
  const year = asked ?? years.data?.defaultYear;
  if (years.isError && asked === undefined) return <ProblemAlert error={years.error} />;
  if (year === undefined) {
    return (
      <>
        <PageHeader title={t('titleNoYear')} />
        <LoadingState />
      </>
    );
  }
  return <BudgetYear key={year} year={year} />;
}

function BudgetYear({ year }: { year: number }) {
  const { t } = useTranslation('budgets');
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const editable = canWrite(me.role);
  const [, setParams] = useSearchParams();
  const years = useBudgetYears();
  const summary = useBudgetSummary(year);
  const budgets = useBudgets(year);
  const lines = useBudgetLines(year);

  const sections = [
    { id: 'samenvatting', label: t('toc.summary') },
    { id: 'waarschuwingen', label: t('toc.warnings', { count: summary.data?.warnings.length ?? 0 }) },
    { id: 'programma', label: t('toc.programme') },
    ...ENUM_VALUES.FundingStream.map((stream) => ({
      id: `regels-${stream}`, label: t('toc.lines', { stream: vocab.label('FundingStream', stream) }),
    })),
    { id: 'teams', label: t('toc.teams') },
    { id: 'loonsom', label: t('toc.payroll') },
    { id: 'leertijd', label: t('toc.learningTime') },
    ...(editable ? [{ id: 'budgetten', label: t('toc.amounts') }] : []),
  ];

  return (
    <>
      <PageHeader
        title={t('title', { year })}
        description={t('intro')}
        actions={
          <a className="utrecht-button-link utrecht-button-link--secondary-action" href={`${API_BASE_URL}/budgets/export?year=${year}`} download>
            {t('export')}
          </a>
        }
      />
      {summary.data && budgets.data && lines.data ? <SectionNav sections={sections} /> : null}
      {years.data ? <YearPicker year={year} years={years.data} onPick={(next) => setParams({ jaar: String(next) })} /> : null}
      {summary.isPending || budgets.isPending || lines.isPending ? (
        <LoadingState />
      ) : summary.isError ? (
        <ProblemAlert error={summary.error} />
      ) : budgets.isError ? (
        <ProblemAlert error={budgets.error} />
      ) : lines.isError ? (
        <ProblemAlert error={lines.error} />
      ) : (
        <>
          <StreamCharts summary={summary.data} />
          <WarningList warnings={summary.data.warnings} lines={lines.data.items} />
          <ProgrammeGaps summary={summary.data} year={year} editable={editable} />
          {ENUM_VALUES.FundingStream.map((stream) => (
            <StreamLines
              key={stream}
              year={year}
              stream={stream}
              budget={budgets.data.items.find((b) => b.stream === stream)}
              lines={lines.data.items.filter((l) => l.stream === stream)}
              editable={editable}
            />
          ))}
          <TeamAllocation summary={summary.data} year={year} editable={editable} />
          <PayrollSection summary={summary.data} year={year} editable={editable} />
          <LearningTimeSection summary={summary.data} />
          {editable ? <BudgetAmounts year={year} budgets={budgets.data.items} /> : null}
        </>
      )}
    </>
  );
}
