import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterventionOptions } from '@/api/reference/interventions';
import type { EnumValue } from '@/api/enums';
import { FormActions, type FormProps } from '@/components/FormActions';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import { moneyMessage } from '@/components/MoneyField';
import { formatMoneyInput, readDecimal } from '@/lib/money';
import { weeksIn } from '../lib/grid';
import { FormDialog } from './FormDialog';

export interface PlacementValues {
  interventionId: string;
  kolbPhase: EnumValue<'KolbPhase'>;
  weekOffset: number;
  durationHours: string | null;
  note: string;
}

/**
 * Place an intervention from the catalogue in a cell (search, then choose), or change a placement's Kolb phase,
 * week, duration and note. The week is counted from 1 within the phase.
 */
export function PlacementDialog({
  open,
  title,
  initial,
  lengthMonths,
  submitLabel,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  initial?: PlacementValues;
  lengthMonths: number;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: PlacementValues) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog open={open} title={title} onClose={onClose} busy={busy}>
      <PlacementForm initial={initial} lengthMonths={lengthMonths} submitLabel={submitLabel} busy={busy} error={error}
        onSubmit={onSubmit} onCancel={onClose} />
    </FormDialog>
  );
}

function PlacementForm({ initial, lengthMonths, submitLabel, busy, error, onSubmit, onCancel }:
  Omit<FormProps<PlacementValues>, 'onReload'> & {
  lengthMonths: number;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('programmes');
  const vocab = useVocabulary();
  const editing = !!initial;
  const interventions = useInterventionOptions({ enabled: !editing });
  const [search, setSearch] = useState('');
  const [interventionId, setInterventionId] = useState(initial?.interventionId ?? '');
  const [kolbPhase, setKolbPhase] = useState<EnumValue<'KolbPhase'>>(initial?.kolbPhase ?? 'concrete_experience');
  const [week, setWeek] = useState(String((initial?.weekOffset ?? 0) + 1));
  const [hours, setHours] = useState(formatMoneyInput(initial?.durationHours, i18n.language));
  const [note, setNote] = useState(initial?.note ?? '');
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const errors = { ...formFieldErrors(error), ...localError };
  const weeks = weeksIn(lengthMonths);
  const needle = search.trim().toLocaleLowerCase(i18n.language);
  const matches = (interventions.data ?? []).filter((o) => !needle || o.label.toLocaleLowerCase(i18n.language).includes(needle));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const chosen = interventionId || (matches.length === 1 ? matches[0]!.id : '');
    if (!chosen) problems.interventionId = t('placement.chooseIntervention');
    const weekNumber = Number(week);
    if (!Number.isInteger(weekNumber) || weekNumber < 1 || weekNumber > weeks) problems.weekOffset = t('placement.weekRange', { weeks });
    const duration = readDecimal(hours, i18n.language);
    const durationProblem = moneyMessage(duration, t, i18n.language, false, 'number');
    if (durationProblem) problems.durationHours = durationProblem;
    setLocalError(problems);
    if (Object.keys(problems).length) return;
    onSubmit({ interventionId: chosen, kolbPhase, weekOffset: weekNumber - 1, durationHours: duration.ok ? duration.value : null, note: note.trim() });
  };

  return (
    <>
      <FormProblem error={error} />
      <form onSubmit={submit} noValidate className="lk-form">
        {editing ? null : (
          <>
            <TextField label={t('placement.search')} name="search" type="search" value={search} autoComplete="off"
              description={t('placement.searchHelp')} onChange={(e) => { setSearch(e.target.value); setInterventionId(''); }} />
            <SelectField label={t('placement.intervention')} name="interventionId" required value={interventionId}
              error={errors.interventionId} onChange={(e) => setInterventionId(e.target.value)}
              options={[{ value: '', label: interventions.isPending ? t('placement.loading') : t('placement.matches', { count: matches.length }) },
                ...matches.map((o) => ({ value: o.id, label: o.label }))]} />
          </>
        )}
        <SelectField label={t('placement.kolbPhase')} name="kolbPhase" required value={kolbPhase} error={errors.kolbPhase}
          onChange={(e) => setKolbPhase(e.target.value as EnumValue<'KolbPhase'>)} options={vocab.options('KolbPhase')} />
        <TextField label={t('placement.week')} name="weekOffset" type="number" inputMode="numeric" min={1} max={weeks} required
          value={week} description={t('placement.weekHelp', { weeks })} error={errors.weekOffset} onChange={(e) => setWeek(e.target.value)} />
        <TextField label={t('placement.hours')} name="durationHours" inputMode="decimal" value={hours}
          description={t('placement.hoursHelp')} error={errors.durationHours} onChange={(e) => setHours(e.target.value)} />
        <TextAreaField label={t('placement.note')} name="note" rows={2} value={note} error={errors.note} onChange={(e) => setNote(e.target.value)} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
