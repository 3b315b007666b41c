import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { MoneyField, readAmounts } from '@/components/MoneyField';
import { Notice } from '@/components/Notice';
import { formatMoney, formatMoneyInput, formatNumber } from '@/lib/money';
import { useSavePayroll } from '../api/use-payroll-mutations';
import { usePayroll } from '../api/use-payroll';
import type { BudgetSummary } from '../api/types';

/** Training budget as % of payroll against the target (and the path to it, when the target has a year), learning
 * days against the norm, and the payroll. */
export function PayrollSection({ summary, year, editable }: { summary: BudgetSummary; year: number; editable: boolean }) {
  const { t, i18n } = useTranslation('budgets');
  const { t: tc } = useTranslation();
  const payroll = usePayroll(year);
  const current = payroll.data?.items[0];
  const save = useSavePayroll(year);
  const [amount, setAmount] = useState('');
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState<Record<string, string> | null>(null);
  const { payroll: p, learningDays: d } = summary;
  const lang = i18n.language;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const amounts = readAmounts({ amount }, lang, tc, ['amount']);
    setInvalid(amounts.ok ? null : amounts.errors);
    if (!amounts.ok) return;
    const value = amounts.values.amount!;
    save.mutate(
      current
        ? { id: current.id, version: current.version, changes: { amount: value } }
        : { create: { year, amount: value, notes: '' } },
      { onSuccess: () => { setSaved(true); setAmount(''); } },
    );
  };

  return (
    <section className="lk-section" id="loonsom" aria-labelledby="budget-payroll-title">
      <Heading2 id="budget-payroll-title" tabIndex={-1}>{t('payroll.title')}</Heading2>
      <DataList>
        <DataListItem>
          <DataListKey>{t('payroll.percent')}</DataListKey>
          <DataListValue value={p.trainingBudgetPercent ?? ''}>
            {p.trainingBudgetPercent
              ? t('payroll.percentValue', {
                  percent: formatNumber(p.trainingBudgetPercent, lang),
                  target: p.targetPercent ? formatNumber(p.targetPercent, lang) : t('payroll.noTarget'),
                })
              : t('payroll.unknown')}
          </DataListValue>
        </DataListItem>
        {p.targetYear && p.pathPercent && p.trainingBudgetPercent ? (
          <DataListItem>
            <DataListKey>{t('payroll.path', { target: formatNumber(p.targetPercent, lang), targetYear: p.targetYear })}</DataListKey>
            <DataListValue value={p.pathPercent}>
              {t(p.onPath ? 'payroll.onPath' : 'payroll.belowPath', {
                path: formatNumber(p.pathPercent, lang),
                year,
              })}
            </DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('payroll.amount')}</DataListKey>
          <DataListValue value={p.amount ?? ''}>{p.amount ? formatMoney(p.amount, lang) : t('payroll.notEntered')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('payroll.learningDays')}</DataListKey>
          <DataListValue value={d.availableDays ?? ''}>
            {d.availableDays
              ? t('payroll.learningDaysValue', {
                  days: formatNumber(d.availableDays, lang),
                  norm: formatNumber(d.normPerFte, lang),
                  fte: formatNumber(d.totalFte, lang),
                })
              : t('payroll.noNorm')}
          </DataListValue>
        </DataListItem>
      </DataList>
      {editable ? (
        <form onSubmit={onSubmit} noValidate className="lk-form lk-inline-form">
          {saved ? <Notice>{t('payroll.saved')}</Notice> : null}
          <FormProblem error={invalid ? null : save.error} invalid={invalid} onReload={() => void payroll.refetch()} />
          <MoneyField
            label={t('payroll.field', { year })}
            name="payroll"
            required
            value={amount}
            placeholder={current ? formatMoneyInput(current.amount, lang) : ''}
            onChange={setAmount}
            error={invalid?.amount ?? formFieldErrors(save.error).amount}
          />
          <Button type="submit" appearance="secondary-action-button" busy={save.isPending} disabled={save.isPending}>
            {tc('actions.save')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
