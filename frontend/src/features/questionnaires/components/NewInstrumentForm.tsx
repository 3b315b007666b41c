import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFieldErrors, FormProblem } from '@/components/FormProblem';
import { SelectField, TextField } from '@/components/FormField';
import { useVocabulary } from '@/i18n/vocabulary';
import { useInstrumentMutations } from '../api/use-instrument-mutations';
import { useTemplates } from '../api/use-templates';
import type { Instrument, InstrumentPurpose, QuestionnaireLanguage } from '../api/types';

const EMPTY = '';

/** A new draft: from one of the built-in templates in the chosen language, or empty with a title and purpose. */
export function NewInstrumentForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (instrument: Instrument) => void }) {
  const { t } = useTranslation('questionnaires');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const [language, setLanguage] = useState<QuestionnaireLanguage>('nl');
  const [templateKey, setTemplateKey] = useState<string>('effect_measurement');
  const templates = useTemplates(language);
  const { create } = useInstrumentMutations();
  const errors = formFieldErrors(create.error);
  const fromTemplate = templateKey !== EMPTY;
  const chosen = templates.data?.find((template) => template.key === templateKey);

  return (
    <form
      className="lk-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const title = String(data.get('title') ?? '').trim();
        create.mutate(
          fromTemplate
            ? { templateKey, language, ...(title ? { title } : {}) }
            : { language, title, purpose: String(data.get('purpose') ?? 'custom') as InstrumentPurpose },
          { onSuccess: onCreated },
        );
      }}
    >
      <FormProblem error={create.error} focusOnOpen />
      <SelectField label={t('fields.language')} name="language" value={language}
        onChange={(event) => setLanguage(event.target.value as QuestionnaireLanguage)}
        options={vocab.options('QuestionnaireLanguage')} description={t('new.languageHelp')} />
      <SelectField label={t('new.template')} name="templateKey" value={templateKey} error={errors.templateKey}
        onChange={(event) => setTemplateKey(event.target.value)}
        description={chosen ? t('new.templateCount', { count: chosen.questionCount, description: chosen.description }) : t('new.emptyHelp')}
        options={[...(templates.data ?? []).map((template) => ({ value: template.key, label: template.title })),
          { value: EMPTY, label: t('new.empty') }]} />
      <TextField label={t('fields.title')} name="title" required={!fromTemplate} error={errors.title} maxLength={300}
        description={fromTemplate ? t('new.titleHelp', { title: chosen?.title ?? '' }) : undefined} />
      {fromTemplate ? null : (
        <SelectField label={t('fields.purpose')} name="purpose" required defaultValue="custom" error={errors.purpose}
          options={vocab.options('InstrumentPurpose')} />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('new.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>{tc('actions.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
