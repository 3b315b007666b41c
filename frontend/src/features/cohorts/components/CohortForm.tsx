import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, type FormProps } from '@/components/FormActions';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import { suggestName } from '../lib/cohorts';
import type { Cohort, CohortCreate, CohortStatus } from '../api/types';

export interface ProgrammeOption {
  id: string;
  title: string;
  durationMonths?: number | null;
}

export interface CohortFormProps extends Omit<FormProps<CohortCreate>, 'initial'> {
  initial?: Cohort;
  programmes: ProgrammeOption[];
  /** Names in use, for the suggestion "<programme> <year>-A" (the next letter when taken). */
  takenNames?: string[];
}

/** A cohort's fields. A new cohort's name follows the programme and start year until the adviser types one. */
export function CohortForm({ initial, programmes, takenNames = [], submitLabel, busy, error, onSubmit, onCancel,
  onReload }: CohortFormProps) {
  const { t } = useTranslation('cohorts');
  const vocab = useVocabulary();
  const errors = formFieldErrors(error);
  const [programmeId, setProgrammeId] = useState(initial?.programmeId ?? '');
  const [startsOn, setStartsOn] = useState(initial?.startsOn ?? '');
  const [name, setName] = useState(initial?.name ?? '');
  const [named, setNamed] = useState(Boolean(initial));
  const programme = programmes.find((p) => p.id === programmeId);
  const shownName = named || !programme || !startsOn ? name : suggestName(programme.title, startsOn, takenNames);

  return (
    <form
      className="lk-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const endsOn = String(data.get('endsOn') ?? '');
        onSubmit({
          programmeId,
          name: shownName.trim(),
          startsOn,
          endsOn: endsOn || null,
          status: String(data.get('status') ?? 'planned') as CohortStatus,
          notes: String(data.get('notes') ?? ''),
        });
      }}
    >
      <FormProblem error={error} onReload={onReload} focusOnOpen={!initial} />
      <SelectField label={t('fields.programme')} name="programmeId" required value={programmeId}
        error={errors.programmeId} onChange={(event) => setProgrammeId(event.target.value)}
        options={[{ value: '', label: t('form.chooseProgramme') }, ...programmes.map((p) => ({ value: p.id,
          label: p.title }))]} />
      <TextField label={t('fields.startsOn')} name="startsOn" type="date" required value={startsOn}
        error={errors.startsOn} onChange={(event) => setStartsOn(event.target.value)} />
      <TextField label={t('fields.name')} name="name" required value={shownName} error={errors.name}
        description={initial ? undefined : t('form.nameHint')}
        onChange={(event) => { setName(event.target.value); setNamed(true); }} />
      <TextField label={t('fields.endsOn')} name="endsOn" type="date" defaultValue={initial?.endsOn ?? ''}
        error={errors.endsOn}
        description={programme?.durationMonths && !initial
          ? t('form.endsOnHint', { count: programme.durationMonths }) : undefined} />
      <SelectField label={t('fields.status')} name="status" defaultValue={initial?.status ?? 'planned'}
        error={errors.status} options={vocab.options('CohortStatus')} />
      <TextAreaField label={t('fields.notes')} name="notes" defaultValue={initial?.notes ?? ''} error={errors.notes}
        rows={3} />
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
