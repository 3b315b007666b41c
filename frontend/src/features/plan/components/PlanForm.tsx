import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProps } from '@/components/FormActions';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Plan, PlanStatus } from '../api/types';
import type { PlanFormValues } from './traceability-rows';

export function emptyPlanForm(): PlanFormValues {
  const year = new Date().getFullYear();
  return { title: '', firstYear: String(year), lastYear: String(year + 3), status: 'draft', summary: '', reviewNotes: '' };
}

export function planForm(plan: Plan): PlanFormValues {
  return {
    title: plan.title,
    firstYear: String(plan.firstYear),
    lastYear: String(plan.lastYear),
    status: plan.status,
    summary: plan.summary,
    reviewNotes: plan.reviewNotes,
  };
}

/** The plan's own fields, for creating and for changing it. */
export function PlanForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onReload,
}: Omit<FormProps<PlanFormValues>, 'onCancel'> & {
  initial: PlanFormValues;
}) {
  const { t } = useTranslation('plan');
  const vocab = useVocabulary();
  const [values, setValues] = useState(initial);
  const errors = formFieldErrors(error);
  const set = (field: keyof PlanFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <>
      <FormProblem error={error} onReload={onReload} />
      <form onSubmit={submit} noValidate className="lk-form">
        <TextField label={t('fields.title')} name="title" required value={values.title} onChange={set('title')}
          error={errors.title} />
        <TextField label={t('fields.firstYear')} name="firstYear" required inputMode="numeric" value={values.firstYear}
          onChange={set('firstYear')} error={errors.firstYear} />
        <TextField label={t('fields.lastYear')} name="lastYear" required inputMode="numeric" value={values.lastYear}
          onChange={set('lastYear')} error={errors.lastYear} description={t('fields.lastYearHelp')} />
        <SelectField label={t('fields.status')} name="status" value={values.status}
          onChange={(e) => setValues((v) => ({ ...v, status: e.target.value as PlanStatus }))} error={errors.status}
          options={vocab.options('PlanStatus')} />
        <TextAreaField label={t('fields.summary')} name="summary" rows={5} value={values.summary}
          onChange={set('summary')} error={errors.summary} />
        <TextAreaField label={t('fields.reviewNotes')} name="reviewNotes" rows={3} value={values.reviewNotes}
          onChange={set('reviewNotes')} error={errors.reviewNotes} description={t('fields.reviewNotesHelp')} />
        <div className="lk-form-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
