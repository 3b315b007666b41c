import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, type FormProps } from '@/components/FormActions';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Degree, StakeholderCreate, StakeholderRole } from '../api/types';

export type StakeholderValues = Required<StakeholderCreate>;

export const EMPTY_STAKEHOLDER: StakeholderValues = {
  name: '', role: 'other', unit: '', influence: 'low', affected: 'low', contribution: '', contact: '',
};

/** The fields of `values` that differ from `initial`: a PATCH sends only what changed. */
export function changedFields(initial: StakeholderValues, values: StakeholderValues): Partial<StakeholderValues> {
  return Object.fromEntries(
    (Object.keys(values) as (keyof StakeholderValues)[])
      .filter((key) => values[key] !== initial[key])
      .map((key) => [key, values[key]]),
  ) as Partial<StakeholderValues>;
}

/** Create or change a stakeholder; the server's field errors show at their fields. */
export function StakeholderForm({
  initial = EMPTY_STAKEHOLDER,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  onReload,
}: FormProps<StakeholderValues>) {
  const { t } = useTranslation('stakeholders');
  const vocab = useVocabulary();
  const [values, setValues] = useState<StakeholderValues>(initial);
  const errors = formFieldErrors(error);
  const set = <K extends keyof StakeholderValues>(key: K, value: StakeholderValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ ...values, name: values.name.trim() });
  };
  return (
    <>
      <FormProblem error={error} onReload={onReload} />
      <form onSubmit={submit} noValidate className="lk-form">
        <TextField label={t('fields.name')} name="name" required value={values.name} autoComplete="off"
          onChange={(e) => set('name', e.target.value)} error={errors.name} />
        <SelectField label={t('fields.role')} name="role" value={values.role}
          onChange={(e) => set('role', e.target.value as StakeholderRole)} error={errors.role}
          options={vocab.options('StakeholderRole')} />
        <TextField label={t('fields.unit')} name="unit" value={values.unit} description={t('form.unitHelp')}
          onChange={(e) => set('unit', e.target.value)} error={errors.unit} />
        <SelectField label={t('fields.influence')} name="influence" value={values.influence}
          description={t('form.influenceHelp')}
          onChange={(e) => set('influence', e.target.value as Degree)} error={errors.influence}
          options={vocab.options('Degree')} />
        <SelectField label={t('fields.affected')} name="affected" value={values.affected}
          description={t('form.affectedHelp')}
          onChange={(e) => set('affected', e.target.value as Degree)} error={errors.affected}
          options={vocab.options('Degree')} />
        <TextAreaField label={t('fields.contribution')} name="contribution" rows={3} value={values.contribution}
          onChange={(e) => set('contribution', e.target.value)} error={errors.contribution} />
        <TextField label={t('fields.contact')} name="contact" value={values.contact} autoComplete="off"
          onChange={(e) => set('contact', e.target.value)} error={errors.contact} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
