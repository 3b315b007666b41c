import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterventionOptions } from '@/api/reference/interventions';
import { SelectField, TextField } from '@/components/FormField';
import { MoneyField, readAmounts } from '@/components/MoneyField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatMoneyInput } from '@/lib/money';
import { useSaveLine } from '../api/use-line-mutations';
import type { BudgetLine, LineKind } from '../api/types';

/** Add a line to a stream's budget, or change one. */
export function LineForm({
  year,
  budgetId,
  line,
  onDone,
}: {
  year: number;
  budgetId: string;
  line?: BudgetLine;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('budgets');
  const vocab = useVocabulary();
  const { t: tc } = useTranslation();
  const save = useSaveLine(year);
  const [kind, setKind] = useState<LineKind>(line?.kind ?? 'intervention');
  const [title, setTitle] = useState(line?.title ?? '');
  const [interventionId, setInterventionId] = useState(line?.interventionId ?? '');
  const [planned, setPlanned] = useState(line ? formatMoneyInput(line.plannedAmount, i18n.language) : '');
  const [cap, setCap] = useState(line?.cap ? formatMoneyInput(line.cap, i18n.language) : '');
  const [notes, setNotes] = useState(line?.notes ?? '');
  const interventions = useInterventionOptions({ enabled: kind === 'intervention' });
  const [invalid, setInvalid] = useState<Record<string, string> | null>(null);
  const errors = { ...formFieldErrors(save.error), ...invalid };
  const prefix = line ? `line-${line.id}` : `new-line-${budgetId}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amounts = readAmounts({ plannedAmount: planned, cap: kind === 'ring_fenced' ? cap : '' }, i18n.language, tc,
      ['plannedAmount']);
    setInvalid(amounts.ok ? null : amounts.errors);
    if (!amounts.ok) return;
    const values = {
      kind,
      title: title.trim(),
      interventionId: interventionId || null,
      plannedAmount: amounts.values.plannedAmount!,
      cap: amounts.values.cap ?? null,
      notes,
    };
    save.mutate(
      line ? { id: line.id, version: line.version, changes: values } : { create: { budgetId, ...values } },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="lk-form lk-subform">
      <Heading3>{line ? t('lines.editTitle', { title: line.title }) : t('lines.addTitle')}</Heading3>
      <FormProblem error={invalid ? null : save.error} invalid={invalid} focusOnOpen />
      <SelectField
        label={t('lines.kind')}
        name={`${prefix}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value as LineKind)}
        error={errors.kind}
        options={vocab.options('LineKind')}
      />
      <TextField label={t('lines.title')} name={`${prefix}-title`} required value={title}
        onChange={(e) => setTitle(e.target.value)} error={errors.title} />
      {kind === 'intervention' ? (
        <SelectField
          label={t('lines.intervention')}
          name={`${prefix}-intervention`}
          required
          value={interventionId}
          onChange={(e) => setInterventionId(e.target.value)}
          error={errors.interventionId}
          options={[
            { value: '', label: t('lines.chooseIntervention') },
            ...(interventions.data ?? []).map((i) => ({ value: i.id, label: i.label })),
          ]}
        />
      ) : null}
      <MoneyField label={t('lines.planned')} name={`${prefix}-planned`} required value={planned}
        onChange={setPlanned} error={errors.plannedAmount} />
      {kind === 'ring_fenced' ? (
        <MoneyField label={t('lines.cap')} name={`${prefix}-cap`} required value={cap}
          onChange={setCap} error={errors.cap} description={t('lines.capHelp')} />
      ) : null}
      <TextField label={t('lines.notes')} name={`${prefix}-notes`} value={notes}
        onChange={(e) => setNotes(e.target.value)} error={errors.notes} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {line ? tc('actions.save') : t('lines.add')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onDone}>
          {tc('actions.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
