import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProps } from '@/components/FormActions';
import type { EnumName } from '@/api/enums';
import type { ReferenceOption } from '@/api/reference/options';
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { MoneyField, readAmounts } from '@/components/MoneyField';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Audience, Category, FundingStream, InterventionStatus, KolbPhase } from '../api/types';
import { useLinkOptions } from '../api/use-link-options';
import { MONEY_FIELDS, type InterventionFormValues } from './form-values';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="lk-section" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

/** Create and edit form of an intervention: every attribute, the links to the plan, and the server's field errors. */
export function InterventionForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onReload,
  actions,
}: Omit<FormProps<InterventionFormValues>, 'onCancel'> & {
  initial: InterventionFormValues;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const vocab = useVocabulary();
  const links = useLinkOptions();
  const [v, setV] = useState<InterventionFormValues>(initial);
  const [invalid, setInvalid] = useState<Record<string, string> | null>(null);
  const errors = { ...formFieldErrors(error), ...invalid };
  const set = <K extends keyof InterventionFormValues>(key: K, value: InterventionFormValues[K]) =>
    setV((current) => ({ ...current, [key]: value }));
  const text = (key: keyof InterventionFormValues, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={t(`fields.${key}`)}
      name={key}
      value={v[key] as string}
      onChange={(e) => set(key, e.target.value as never)}
      error={errors[key]}
      {...extra}
    />
  );
  const money = (key: (typeof MONEY_FIELDS)[number]) => (
    <MoneyField label={t(`fields.${key}`)} name={key} value={v[key]} onChange={(value) => set(key, value)} error={errors[key]} />
  );
  const options = (name: EnumName, empty = false) => [
    ...(empty ? [{ value: '', label: t('fields.notSet') }] : []),
    ...vocab.options(name),
  ];
  const picker = (key: 'learningGoalIds' | 'themeIds' | 'competencyIds', label: string, items: ReferenceOption[]) =>
    items.length === 0 && v[key].length === 0 ? (
      <Paragraph>
        <strong>{label}</strong>: {t('fields.noOptions', { what: label.toLowerCase() })}
      </Paragraph>
    ) : (
      <CheckboxGroup
        legend={label}
        name={key}
        options={items.map((item) => ({ value: item.id, label: item.label }))}
        value={v[key]}
        onChange={(value) => set(key, value)}
        error={errors[key]}
      />
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amounts = readAmounts(Object.fromEntries(MONEY_FIELDS.map((key) => [key, v[key]])), i18n.language, t);
    setInvalid(amounts.ok ? null : amounts.errors);
    if (amounts.ok) onSubmit(v);
  };

  return (
    <div className="lk-form">
      <FormProblem error={invalid ? null : error} invalid={invalid} onReload={onReload} />
      <form onSubmit={submit} noValidate>
        <Section id="intervention-description" title={t('sections.description')}>
          {text('title', { required: true, autoComplete: 'off' })}
          <SelectField
            label={t('fields.status')}
            name="status"
            value={v.status}
            onChange={(e) => set('status', e.target.value as InterventionStatus)}
            options={options('InterventionStatus')}
            error={errors.status}
          />
          <SelectField
            label={t('fields.category')}
            name="category"
            value={v.category}
            onChange={(e) => set('category', e.target.value as Category)}
            options={options('Category')}
            error={errors.category}
          />
          <TextAreaField label={t('fields.goal')} name="goal" rows={3} value={v.goal} onChange={(e) => set('goal', e.target.value)} error={errors.goal} />
          <TextAreaField
            label={t('fields.content')}
            name="content"
            rows={3}
            value={v.content}
            onChange={(e) => set('content', e.target.value)}
            error={errors.content}
          />
          <TextAreaField
            label={t('fields.targetGroup')}
            name="targetGroup"
            rows={2}
            value={v.targetGroup}
            onChange={(e) => set('targetGroup', e.target.value)}
            error={errors.targetGroup}
            description={t('fields.targetGroupHelp')}
          />
          <SelectField
            label={t('fields.audience')}
            name="audience"
            value={v.audience}
            onChange={(e) => set('audience', e.target.value as Audience)}
            options={options('Audience')}
            error={errors.audience}
          />
        </Section>
        <Section id="intervention-design" title={t('sections.design')}>
          <SelectField
            label={t('fields.learningForm')}
            name="learningForm"
            value={v.learningForm}
            onChange={(e) => set('learningForm', e.target.value)}
            options={options('LearningForm', true)}
            error={errors.learningForm}
          />
          <SelectField
            label={t('fields.learningMix')}
            name="learningMix"
            value={v.learningMix}
            onChange={(e) => set('learningMix', e.target.value)}
            options={options('LearningMix', true)}
            error={errors.learningMix}
          />
          <SelectField
            label={t('fields.learningLevel')}
            name="learningLevel"
            value={v.learningLevel}
            onChange={(e) => set('learningLevel', e.target.value)}
            options={options('LearningLevel', true)}
            error={errors.learningLevel}
          />
          <CheckboxGroup
            legend={t('fields.kolbPhases')}
            name="kolbPhases"
            options={options('KolbPhase')}
            value={v.kolbPhases}
            onChange={(value) => set('kolbPhases', value as KolbPhase[])}
            error={errors.kolbPhases}
          />
          {text('durationHours', { inputMode: 'decimal', description: t('fields.durationHelp') })}
          {text('durationDays', { inputMode: 'decimal' })}
          <CheckboxField
            label={t('fields.mandatory')}
            name="mandatory"
            checked={v.mandatory}
            onChange={(e) => set('mandatory', e.target.checked)}
            error={errors.mandatory}
          />
        </Section>
        <Section id="intervention-practical" title={t('sections.practical')}>
          {text('provider')}
          {text('trainer')}
          {text('location')}
          {text('capacity', { inputMode: 'numeric' })}
          {text('years', { description: t('fields.yearsHelp') })}
          <CheckboxField
            label={t('fields.published')}
            name="published"
            checked={v.published}
            onChange={(e) => set('published', e.target.checked)}
            error={errors.published}
          />
        </Section>
        <Section id="intervention-schedule" title={t('sections.schedule')}>
          {text('startsOn', { type: 'date', description: t('fields.startsOnHelp') })}
          {text('period', { description: t('fields.periodHelp') })}
          {text('sessionsPerYear', { inputMode: 'numeric' })}
          {text('frequency', { description: t('fields.frequencyHelp') })}
          {text('learningHoursPerParticipant', { inputMode: 'decimal', description: t('fields.learningHoursHelp') })}
          <TextAreaField label={t('fields.notes')} name="notes" rows={4} value={v.notes} onChange={(e) => set('notes', e.target.value)} error={errors.notes} />
        </Section>
        <Section id="intervention-cost" title={t('sections.cost')}>
          {money('costFixed')}
          {money('costPerParticipant')}
          {text('expectedParticipants', { inputMode: 'numeric' })}
          <SelectField
            label={t('fields.fundingStream')}
            name="fundingStream"
            value={v.fundingStream}
            onChange={(e) => set('fundingStream', e.target.value as FundingStream)}
            options={options('FundingStream')}
            error={errors.fundingStream}
          />
          {money('personalBudgetContribution')}
        </Section>
        <Section id="intervention-links" title={t('sections.links')}>
          {picker('learningGoalIds', t('fields.learningGoals'), links.learningGoals)}
          {picker('themeIds', t('fields.themes'), links.themes)}
          {picker('competencyIds', t('fields.competencies'), links.competencies)}
        </Section>
        <div className="lk-form-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {submitLabel}
          </Button>
          {actions}
        </div>
      </form>
    </div>
  );
}
