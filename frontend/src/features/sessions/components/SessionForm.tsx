import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterventionOptions } from '@/api/reference/interventions';
import { FormActions, type FormProps } from '@/components/FormActions';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import { useTrainers } from '../api/use-trainers';
import type { Session, SessionCreate, SessionStatus, SessionUpdate } from '../api/types';

/** The form's values as the fields hold them (text), turned into the API's body on submit. */
export interface SessionValues {
  interventionId: string;
  title: string;
  day: string;
  startsAt: string;
  endsAt: string;
  location: string;
  trainerId: string;
  capacity: string;
  status: SessionStatus;
  notes: string;
}

export const EMPTY_SESSION: SessionValues = {
  interventionId: '', title: '', day: '', startsAt: '09:00', endsAt: '16:30', location: '', trainerId: '',
  capacity: '', status: 'planned', notes: '',
};

export function valuesOf(session: Session): SessionValues {
  return {
    interventionId: session.interventionId, title: session.title, day: session.day,
    startsAt: session.startsAt ?? '', endsAt: session.endsAt ?? '', location: session.location,
    trainerId: session.trainerId ?? '', capacity: session.capacity == null ? '' : String(session.capacity),
    status: session.status, notes: session.notes,
  };
}

/** The body of a new session. A capacity that is no whole number goes as it is, so the server names it. */
export function toCreate(values: SessionValues): SessionCreate {
  return {
    interventionId: values.interventionId, title: values.title.trim(), day: values.day,
    startsAt: values.startsAt || null, endsAt: values.endsAt || null, location: values.location.trim(),
    trainerId: values.trainerId || null, capacity: values.capacity ? Number(values.capacity) : null,
    status: values.status, notes: values.notes,
  };
}

/** Only what changed, for a PATCH. */
export function toUpdate(initial: SessionValues, values: SessionValues): SessionUpdate {
  const before = toCreate(initial);
  const after = toCreate(values);
  return Object.fromEntries(
    (Object.keys(after) as (keyof SessionCreate)[]).filter((key) => after[key] !== before[key])
      .map((key) => [key, after[key]]),
  ) as SessionUpdate;
}

/** Plan or change a session: intervention, day and times, place, trainer, capacity, status. Server field errors
 * show at their fields. */
export function SessionForm({
  initial = EMPTY_SESSION,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  onReload,
}: FormProps<SessionValues>) {
  const { t } = useTranslation('sessions');
  const vocab = useVocabulary();
  const interventions = useInterventionOptions();
  const trainers = useTrainers();
  const [values, setValues] = useState<SessionValues>(initial);
  const errors = formFieldErrors(error);
  const set = <K extends keyof SessionValues>(key: K, value: SessionValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <>
      <FormProblem error={error} onReload={onReload} />
      <form onSubmit={submit} noValidate className="lk-form">
        <SelectField label={t('fields.intervention')} name="interventionId" required value={values.interventionId}
          onChange={(e) => set('interventionId', e.target.value)} error={errors.interventionId}
          options={[{ value: '', label: t('form.chooseIntervention') },
            ...(interventions.data ?? []).map((o) => ({ value: o.id, label: o.label }))]} />
        <TextField label={t('fields.title')} name="title" value={values.title} description={t('form.titleHelp')}
          onChange={(e) => set('title', e.target.value)} error={errors.title} />
        <TextField label={t('fields.day')} name="day" type="date" required value={values.day}
          onChange={(e) => set('day', e.target.value)} error={errors.day} />
        <div className="lk-session-times">
          <TextField label={t('fields.startsAt')} name="startsAt" type="time" value={values.startsAt}
            onChange={(e) => set('startsAt', e.target.value)} error={errors.startsAt} />
          <TextField label={t('fields.endsAt')} name="endsAt" type="time" value={values.endsAt}
            onChange={(e) => set('endsAt', e.target.value)} error={errors.endsAt} />
        </div>
        <TextField label={t('fields.location')} name="location" value={values.location}
          description={t('form.locationHelp')} onChange={(e) => set('location', e.target.value)}
          error={errors.location} />
        <SelectField label={t('fields.trainer')} name="trainerId" value={values.trainerId}
          onChange={(e) => set('trainerId', e.target.value)} error={errors.trainerId}
          options={[{ value: '', label: t('form.noTrainer') },
            ...(trainers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))]} />
        <TextField label={t('fields.capacity')} name="capacity" type="number" inputMode="numeric" min={1}
          value={values.capacity} description={t('form.capacityHelp')}
          onChange={(e) => set('capacity', e.target.value)} error={errors.capacity} />
        <SelectField label={t('fields.status')} name="status" value={values.status}
          onChange={(e) => set('status', e.target.value as SessionStatus)} error={errors.status}
          options={vocab.options('SessionStatus')} />
        <TextAreaField label={t('fields.notes')} name="notes" rows={3} value={values.notes}
          onChange={(e) => set('notes', e.target.value)} error={errors.notes} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
