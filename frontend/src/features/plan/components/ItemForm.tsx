import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, type FormProps } from '@/components/FormActions';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Audience, TreeKind } from '../api/types';

export interface ItemValues {
  title: string;
  description: string;
  audience: Audience;
}

/** The inline form for a development, goal, learning goal or theme (the audience only for learning goals). */
export function ItemForm({
  kind,
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: Omit<FormProps<ItemValues>, 'initial' | 'onReload'> & {
  kind: TreeKind;
  initial?: Partial<ItemValues>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('plan');
  const vocab = useVocabulary();
  const [values, setValues] = useState<ItemValues>({ title: '', description: '', audience: 'all', ...initial });
  const errors = formFieldErrors(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ ...values, title: values.title.trim() });
  };
  return (
    <div className="lk-plan-item-form">
      <FormProblem error={error} />
      <form onSubmit={submit} noValidate>
        <TextField label={t(`kinds.${kind}.titleLabel`)} name="title" required value={values.title} autoFocus
          onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} error={errors.title} />
        <TextAreaField label={t('fields.description')} name="description" rows={2} value={values.description}
          onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))} error={errors.description} />
        {kind === 'learning-goals' ? (
          <SelectField label={t('fields.audience')} name="audience" value={values.audience}
            onChange={(e) => setValues((v) => ({ ...v, audience: e.target.value as Audience }))}
            error={errors.audience} options={vocab.options('Audience')} />
        ) : null}
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </div>
  );
}
