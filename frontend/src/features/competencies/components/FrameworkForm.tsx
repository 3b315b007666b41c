import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, type FormProps } from '@/components/FormActions';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import type { FrameworkKind } from '../api/types';

export interface FrameworkValues {
  name: string;
  kind: FrameworkKind;
  description: string;
}

export function FrameworkForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  onReload,
}: FormProps<FrameworkValues>) {
  const { t } = useTranslation('competencies');
  const vocab = useVocabulary();
  const [values, setValues] = useState<FrameworkValues>(initial ?? { name: '', kind: 'competencies', description: '' });
  const errors = formFieldErrors(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ ...values, name: values.name.trim() });
  };
  return (
    <>
      <FormProblem error={error} onReload={onReload} />
      <form onSubmit={submit} noValidate className="lk-form">
        <TextField label={t('fields.frameworkName')} name="name" required value={values.name}
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} error={errors.name} />
        <SelectField label={t('fields.kind')} name="kind" value={values.kind}
          onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as FrameworkKind }))} error={errors.kind}
          options={vocab.options('FrameworkKind')} />
        <TextAreaField label={t('fields.description')} name="description" rows={3} value={values.description}
          onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))} error={errors.description} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
