import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, type FormProps } from '@/components/FormActions';
import { TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import type { Person, PersonCreate, PersonUpdate } from '../api/types';

export interface PersonValues {
  employeeNumber: string;
  name: string;
  email: string;
  team: string;
  leftOn: string;
}

export const EMPTY_PERSON: PersonValues = { employeeNumber: '', name: '', email: '', team: '', leftOn: '' };

export function valuesOf(person: Person): PersonValues {
  return { employeeNumber: person.employeeNumber, name: person.name, email: person.email, team: person.team,
    leftOn: person.leftOn ?? '' };
}

export function toCreate(values: PersonValues): PersonCreate {
  return { employeeNumber: values.employeeNumber.trim(), name: values.name.trim(), email: values.email.trim(),
    team: values.team.trim(), leftOn: values.leftOn || null };
}

/** Only the fields that differ from the stored person. */
export function changedFields(person: Person, values: PersonValues): PersonUpdate {
  const next = toCreate(values);
  const changes: PersonUpdate = {};
  if (next.employeeNumber !== person.employeeNumber) changes.employeeNumber = next.employeeNumber;
  if (next.name !== person.name) changes.name = next.name;
  if (next.email !== person.email) changes.email = next.email;
  if (next.team !== person.team) changes.team = next.team;
  if ((next.leftOn ?? null) !== (person.leftOn ?? null)) changes.leftOn = next.leftOn ?? null;
  return changes;
}

/** Create or change a person; the server's field errors (a taken employee number) show at their fields. */
export function PersonForm({ initial, submitLabel, busy, error, onSubmit, onCancel, onReload }:
  FormProps<PersonValues> & {
  initial: PersonValues;
}) {
  const { t } = useTranslation('people');
  const [values, setValues] = useState<PersonValues>(initial);
  const errors = formFieldErrors(error);
  const set = (key: keyof PersonValues, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <>
      <FormProblem error={error} onReload={onReload} />
      <form onSubmit={submit} noValidate className="lk-form">
        <TextField label={t('fields.employeeNumber')} name="employeeNumber" required autoComplete="off"
          value={values.employeeNumber} onChange={(e) => set('employeeNumber', e.target.value)}
          error={errors.employeeNumber} description={t('form.employeeNumberHelp')} />
        <TextField label={t('fields.name')} name="name" required autoComplete="off" value={values.name}
          onChange={(e) => set('name', e.target.value)} error={errors.name} />
        <TextField label={t('fields.email')} name="email" type="email" autoComplete="off" value={values.email}
          onChange={(e) => set('email', e.target.value)} error={errors.email} description={t('form.emailHelp')} />
        <TextField label={t('fields.team')} name="team" autoComplete="off" value={values.team}
          onChange={(e) => set('team', e.target.value)} error={errors.team} />
        <TextField label={t('fields.leftOn')} name="leftOn" type="date" value={values.leftOn}
          onChange={(e) => set('leftOn', e.target.value)} error={errors.leftOn} description={t('form.leftOnHelp')} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
