import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceOption } from '@/api/reference/options';
import { FormActions, type FormProps } from '@/components/FormActions';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import { isoDateFromToday } from '@/lib/format';
import type { EngagementKind } from '../api/types';

export interface EngagementValues {
  kind: EngagementKind;
  heldOn: string;
  stakeholderIds: string[];
  summary: string;
  outcome: string;
}

/** Record or change an engagement: kind, date, who took part, summary and outcome. */
export function EngagementForm({
  initial,
  participants,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  idPrefix,
}: Omit<FormProps<EngagementValues>, 'onReload'> & {
  /** Whom the adviser can choose as taking part. */
  participants: ReferenceOption[];
  idPrefix: string;
}) {
  const { t } = useTranslation('stakeholders');
  const vocab = useVocabulary();
  const [values, setValues] = useState<EngagementValues>(
    initial ?? { kind: 'interview', heldOn: isoDateFromToday(0), stakeholderIds: [], summary: '', outcome: '' },
  );
  const errors = formFieldErrors(error);
  const set = <K extends keyof EngagementValues>(key: K, value: EngagementValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <>
      <FormProblem error={error} />
      <form onSubmit={submit} noValidate className="lk-form">
        <SelectField label={t('engagements.kind')} name={`${idPrefix}-kind`} value={values.kind}
          onChange={(e) => set('kind', e.target.value as EngagementKind)} error={errors.kind}
          options={vocab.options('EngagementKind')} />
        <TextField label={t('engagements.heldOn')} name={`${idPrefix}-heldOn`} type="date" required
          value={values.heldOn} onChange={(e) => set('heldOn', e.target.value)} error={errors.heldOn} />
        {participants.length ? (
          <CheckboxGroup legend={t('engagements.who')} name={`${idPrefix}-who`} value={values.stakeholderIds}
            options={participants.map((p) => ({ value: p.id, label: p.label }))}
            onChange={(ids) => set('stakeholderIds', ids)} error={errors.stakeholderIds} />
        ) : (
          <p className="lk-muted">{t('engagements.noParticipants')}</p>
        )}
        <TextAreaField label={t('engagements.summary')} name={`${idPrefix}-summary`} rows={3} value={values.summary}
          onChange={(e) => set('summary', e.target.value)} error={errors.summary} />
        <TextAreaField label={t('engagements.outcome')} name={`${idPrefix}-outcome`} rows={3} value={values.outcome}
          onChange={(e) => set('outcome', e.target.value)} error={errors.outcome} />
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </>
  );
}
