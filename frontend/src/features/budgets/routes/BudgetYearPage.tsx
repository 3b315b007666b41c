import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ENUM_VALUES } from '@/api/enums';
import { TextField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { API_BASE_URL } from '@/lib/api-client';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useBudgetLines } from '../api/use-budget-lines';
import { useBudgetSummary } from '../api/use-budget-summary';
import { useBudgets } from '../api/use-budgets';
import { BudgetAmounts } from '../components/BudgetAmounts';
import { LearningTimeSection } from '../components/LearningTimeSection';
import { PayrollSection } from '../components/PayrollSection';
import { StreamCharts } from '../components/StreamCharts';
import { StreamLines } from '../components/StreamLines';
import { TeamAllocation } from '../components/TeamAllocation';
import { WarningList } from '../components/WarningList';
import '../budgets.css';

/** The year in the address (`?jaar=2014`), or this year. */
export function yearFromParam(value: string | null, now: Date = new Date()): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : now.getFullYear();
}

export function BudgetYearPage() {
  const { t } = useTranslation('budgets');
  const me = useCurrentUser();
  const editable = canWrite(me.role);
  const [params, setParams] = useSearchParams();
  const year = yearFromParam(params.get('jaar'));
  const [typed, setTyped] = useState(String(year));
  const summary = useBudgetSummary(year);
  const budgets = useBudgets(year);
  const lines = useBudgetLines(year);

  const onPick = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = yearFromParam(typed);
    setTyped(String(next));
    setParams({ jaar: String(next) });
  };

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
      <form onSubmit={onPick} noValidate className="lk-form lk-inline-form" aria-label={t('yearPicker.label')}>
        <TextField label={t('yearPicker.field')} name="jaar" inputMode="numeric" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <Button type="submit" appearance="secondary-action-button">{t('yearPicker.show')}</Button>
      </form>
      <Paragraph>
        <a href={`?jaar=${year - 1}`} onClick={(e) => { e.preventDefault(); setTyped(String(year - 1)); setParams({ jaar: String(year - 1) }); }}>
          {t('yearPicker.previous', { year: year - 1 })}
        </a>
        {' · '}
        <a href={`?jaar=${year + 1}`} onClick={(e) => { e.preventDefault(); setTyped(String(year + 1)); setParams({ jaar: String(year + 1) }); }}>
          {t('yearPicker.next', { year: year + 1 })}
        </a>
      </Paragraph>
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
          <WarningList warnings={summary.data.warnings} lines={lines.data.items} />
          <StreamCharts summary={summary.data} />
          <PayrollSection summary={summary.data} year={year} editable={editable} />
          <LearningTimeSection summary={summary.data} />
          {editable ? <BudgetAmounts year={year} budgets={budgets.data.items} /> : null}
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
        </>
      )}
    </>
  );
}
