import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, type FormProps } from '@/components/FormActions';
import { TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import type { TrainerCreate } from '../api/types';

export type TrainerValues = Required<TrainerCreate>;

/** A trainer's name (unique), e-mail and training agency. */
export function TrainerForm({ initial = { name: '', email: '', company: '' }, submitLabel, busy, error, onSubmit,
  onCancel, onReload }: FormProps<TrainerValues>) {
  const { t } = useTranslation('sessions');
  const [values, setValues] = useState<TrainerValues>(initial);
  const errors = formFieldErrors(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ name: values.name.trim(), email: values.email.trim(), company: values.company.trim() });
  };
  return (
    <>
      <FormProblem error={error} onReload={onReload} />
      <form onSubmit={submit} noValidate className="lk-form">
        <TextField label={t('trainers.name')} name="name" required value={values.name} autoComplete="off"
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} error={errors.name} />
        <TextField label={t('trainers.company')} name="company" value={values.company} autoComplete="off"
          onChange={(e) => setValues((v) => ({ ...v, company: e.target.value }))} error={errors.company} />
        <TextField label={t('trainers.email')} name="email" type="email" value={values.email} autoComplete="off"
          onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))} error={errors.email} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
