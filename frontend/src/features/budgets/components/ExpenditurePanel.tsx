import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DataTable, type Column } from '@/components/DataTable';
import { SelectField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { MoneyField, readAmounts } from '@/components/MoneyField';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDate } from '@/lib/format';
import { formatMoney, formatMoneyInput } from '@/lib/money';
import { useDeleteExpenditure, useSaveExpenditure } from '../api/use-expenditure-mutations';
import { useExpenditures } from '../api/use-expenditures';
import type { BudgetLine, Expenditure, ExpenditureStatus } from '../api/types';

function ExpenditureForm({ year, line, expenditure, onDone }: {
  year: number; line: BudgetLine; expenditure?: Expenditure; onDone: () => void;
}) {
  const { t, i18n } = useTranslation('budgets');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const save = useSaveExpenditure(year);
  const [date, setDate] = useState(expenditure?.date ?? `${year}-01-01`);
  const [amount, setAmount] = useState(expenditure ? formatMoneyInput(expenditure.amount, i18n.language) : '');
  const [status, setStatus] = useState<ExpenditureStatus>(expenditure?.status ?? 'committed');
  const [reference, setReference] = useState(expenditure?.reference ?? '');
  const [description, setDescription] = useState(expenditure?.description ?? '');
  const [invalid, setInvalid] = useState<Record<string, string> | null>(null);
  const errors = { ...formFieldErrors(save.error), ...invalid };
  const prefix = expenditure ? `exp-${expenditure.id}` : `new-exp-${line.id}`;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amounts = readAmounts({ amount }, i18n.language, tc, ['amount']);
    setInvalid(amounts.ok ? null : amounts.errors);
    if (!amounts.ok) return;
    const values = { date, amount: amounts.values.amount!, status, reference: reference.trim(), description };
    save.mutate(
      expenditure
        ? { id: expenditure.id, version: expenditure.version, changes: values }
        : { create: { budgetLineId: line.id, ...values } },
      { onSuccess: onDone },
    );
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="lk-form lk-subform">
      <Heading3>{expenditure ? t('expenditures.editTitle') : t('expenditures.addTitle')}</Heading3>
      <FormProblem error={invalid ? null : save.error} invalid={invalid} focusOnOpen />
      <TextField label={t('expenditures.date')} name={`${prefix}-date`} type="date" required value={date}
        onChange={(e) => setDate(e.target.value)} error={errors.date} />
      <MoneyField label={t('expenditures.amount')} name={`${prefix}-amount`} required value={amount}
        onChange={setAmount} error={errors.amount} />
      <SelectField label={t('expenditures.status')} name={`${prefix}-status`} value={status}
        onChange={(e) => setStatus(e.target.value as ExpenditureStatus)} error={errors.status}
        options={vocab.options('ExpenditureStatus')} />
      <TextField label={t('expenditures.reference')} name={`${prefix}-reference`} value={reference}
        onChange={(e) => setReference(e.target.value)} error={errors.reference} />
      <TextField label={t('expenditures.description')} name={`${prefix}-description`} value={description}
        onChange={(e) => setDescription(e.target.value)} error={errors.description} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {expenditure ? tc('actions.save') : t('expenditures.add')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onDone}>{tc('actions.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

/** One line's expenditures: for editors "Uitgave toevoegen" first (or the form), then the list with change / delete. */
export function ExpenditurePanel({ year, line, editable }: { year: number; line: BudgetLine; editable: boolean }) {
  const { t, i18n } = useTranslation('budgets');
  const vocab = useVocabulary();
  const expenditures = useExpenditures(line.id, true);
  const remove = useDeleteExpenditure(year);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Expenditure | null>(null);
  const lang = i18n.language;

  const columns: Column<Expenditure>[] = [
    { key: 'date', header: t('expenditures.date'), render: (e) => formatDate(e.date, lang) },
    { key: 'amount', header: t('expenditures.amount'), numeric: true, render: (e) => formatMoney(e.amount, lang) },
    { key: 'status', header: t('expenditures.status'), render: (e) => vocab.label('ExpenditureStatus', e.status) },
    { key: 'reference', header: t('expenditures.reference'), render: (e) => e.reference },
    { key: 'description', header: t('expenditures.description'), render: (e) => e.description },
    ...(editable
      ? [{
          key: 'actions',
          header: t('lines.actions'),
          render: (e: Expenditure) => (
            <ButtonGroup>
              <Button appearance="subtle-button" aria-label={t('expenditures.edit', { date: formatDate(e.date, lang) })}
                onClick={() => setEditing(e.id)}>
                {t('short.edit')}
              </Button>
              <Button appearance="subtle-button" hint="danger" aria-label={t('expenditures.delete', { date: formatDate(e.date, lang) })}
                onClick={() => setDeleting(e)}>
                {t('short.delete')}
              </Button>
            </ButtonGroup>
          ),
        }]
      : []),
  ];

  const items = expenditures.data?.items ?? [];
  const edited = items.find((e) => e.id === editing);
  const addRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the form (saved or cancelled): focus returns to "Uitgave toevoegen", not to the page's start.
    if (editing === null && wasEditing.current) addRef.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  return (
    <section className="lk-subsection" aria-labelledby={`exp-title-${line.id}`}>
      <Heading3 id={`exp-title-${line.id}`}>{t('expenditures.title', { line: line.title })}</Heading3>
      {editable ? (
        edited ? (
          <ExpenditureForm key={edited.id} year={year} line={line} expenditure={edited} onDone={() => setEditing(null)} />
        ) : editing === 'new' ? (
          <ExpenditureForm year={year} line={line} onDone={() => setEditing(null)} />
        ) : (
          <Button ref={addRef} appearance="primary-action-button" data-autofocus onClick={() => setEditing('new')}>
            {t('expenditures.add')}
          </Button>
        )
      ) : null}
      {expenditures.isPending ? <LoadingState /> : expenditures.isError ? <ProblemAlert error={expenditures.error} /> : items.length === 0 ? (
        <Paragraph>{t('expenditures.none')}</Paragraph>
      ) : (
        <DataTable caption={t('expenditures.caption', { line: line.title })} columns={columns} rows={items}
          rowKey={(e) => e.id} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('expenditures.confirmTitle')}
        confirmLabel={t('expenditures.confirm')}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => { setDeleting(null); remove.reset(); }}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      >
        {deleting ? t('expenditures.confirmBody', { amount: formatMoney(deleting.amount, lang), date: formatDate(deleting.date, lang) }) : ''}
      </ConfirmDialog>
    </section>
  );
}
