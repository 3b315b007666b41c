import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, type FormProps } from '@/components/FormActions';
import { TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { indicatorsFromText, indicatorsToText } from './indicators';

export interface CompetencyValues {
  name: string;
  description: string;
  behaviouralIndicators: string[];
}

export function CompetencyForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: Omit<FormProps<CompetencyValues>, 'onReload'> & {
  onCancel: () => void;
}) {
  const { t } = useTranslation('competencies');
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [indicators, setIndicators] = useState(indicatorsToText(initial?.behaviouralIndicators ?? []));
  const errors = formFieldErrors(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ name: name.trim(), description, behaviouralIndicators: indicatorsFromText(indicators) });
  };
  return (
    <div className="lk-competency-form">
      <FormProblem error={error} />
      <form onSubmit={submit} noValidate>
        <TextField label={t('fields.competencyName')} name="name" required value={name} autoFocus
          onChange={(e) => setName(e.target.value)} error={errors.name} />
        <TextAreaField label={t('fields.description')} name="description" rows={2} value={description}
          onChange={(e) => setDescription(e.target.value)} error={errors.description} />
        <TextAreaField label={t('fields.indicators')} name="behaviouralIndicators" rows={4} value={indicators}
          description={t('fields.indicatorsHelp')} onChange={(e) => setIndicators(e.target.value)}
          error={errors.behaviouralIndicators} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </div>
  );
}
