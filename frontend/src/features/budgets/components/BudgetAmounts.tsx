import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { MoneyField, readAmounts } from '@/components/MoneyField';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoney, formatMoneyInput } from '@/lib/money';
import { useSaveBudget } from '../api/use-budget-mutations';
import type { Budget, Stream } from '../api/types';

function StreamAmountForm({ year, stream, budget }: { year: number; stream: Stream; budget?: Budget }) {
  const { t, i18n } = useTranslation('budgets');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const save = useSaveBudget(year);
  const [amount, setAmount] = useState('');
  const [invalid, setInvalid] = useState<Record<string, string> | null>(null);
  const errors = { ...formFieldErrors(save.error), ...invalid };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amounts = readAmounts({ amount }, i18n.language, tc, ['amount']);
    setInvalid(amounts.ok ? null : amounts.errors);
    if (!amounts.ok) return;
    const value = amounts.values.amount!;
    save.mutate(
      budget
        ? { id: budget.id, version: budget.version, changes: { amount: value } }
        : { create: { year, stream, amount: value, notes: '' } },
      { onSuccess: () => setAmount('') },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="lk-form lk-inline-form">
      <FormProblem error={invalid ? null : save.error} invalid={invalid} />
      <MoneyField
        label={t('budgets.amountFor', { stream: vocab.label('FundingStream', stream), year })}
        name={`budget-${stream}`}
        required
        value={amount}
        placeholder={budget ? formatMoneyInput(budget.amount, i18n.language) : ''}
        onChange={setAmount}
        error={errors.amount ?? errors.stream}
        description={budget ? t('budgets.current', { amount: formatMoney(budget.amount, i18n.language) }) : t('budgets.none')}
      />
      <Button type="submit" appearance="secondary-action-button" busy={save.isPending} disabled={save.isPending}>
        {budget ? tc('actions.save') : t('budgets.create')}
      </Button>
    </form>
  );
}

/** Setting each stream's amount for the year (editors only). */
export function BudgetAmounts({ year, budgets }: { year: number; budgets: Budget[] }) {
  const { t } = useTranslation('budgets');
  return (
    <section className="lk-section" id="budgetten" aria-labelledby="budget-amounts-title">
      <Heading2 id="budget-amounts-title" tabIndex={-1}>{t('budgets.title')}</Heading2>
      <Paragraph>{t('budgets.intro')}</Paragraph>
      <div className="lk-stream-forms">
        {ENUM_VALUES.FundingStream.map((stream) => (
          <StreamAmountForm key={stream} year={year} stream={stream} budget={budgets.find((b) => b.stream === stream)} />
        ))}
      </div>
    </section>
  );
}
