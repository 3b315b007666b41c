import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/components/FormField';
import { formFieldErrors, FormProblem } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Instrument, InstrumentPurpose, QuestionnaireLanguage } from '../api/types';
import { useInstrumentMutations } from '../api/use-instrument-mutations';

/** The instrument's own texts (the respondent reads the introduction first and the closing text last); a draft's
 * can be changed. */
export function InstrumentDetails({ instrument, editable, onSaved }: { instrument: Instrument; editable: boolean; onSaved: () => void }) {
  const { t } = useTranslation('questionnaires');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const { update } = useInstrumentMutations();
  const [open, setOpen] = useState(false);
  const errors = formFieldErrors(update.error);

  return (
    <section className="lk-section" aria-labelledby="details-title">
      <Heading2 id="details-title">{t('details.title')}</Heading2>
      {open ? (
        <form className="lk-form" noValidate onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const text = (name: string) => String(data.get(name) ?? '').trim();
          update.mutate({ id: instrument.id, version: instrument.version, changes: {
            title: text('title'), description: text('description'), intro: text('intro'), closing: text('closing'),
            purpose: text('purpose') as InstrumentPurpose, language: text('language') as QuestionnaireLanguage,
          } }, { onSuccess: () => { setOpen(false); onSaved(); } });
        }}>
          <FormProblem error={update.error} focusOnOpen />
          <TextField label={t('fields.title')} name="title" required maxLength={300} defaultValue={instrument.title} error={errors.title} />
          <SelectField label={t('fields.purpose')} name="purpose" defaultValue={instrument.purpose} options={vocab.options('InstrumentPurpose')} />
          <SelectField label={t('fields.language')} name="language" defaultValue={instrument.language} options={vocab.options('QuestionnaireLanguage')} />
          <TextAreaField label={t('fields.description')} name="description" rows={2} defaultValue={instrument.description}
            description={t('details.descriptionHelp')} error={errors.description} />
          <TextAreaField label={t('fields.intro')} name="intro" rows={3} defaultValue={instrument.intro} error={errors.intro} />
          <TextAreaField label={t('fields.closing')} name="closing" rows={2} defaultValue={instrument.closing} error={errors.closing} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={update.isPending} disabled={update.isPending}>{t('details.save')}</Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(false)}>{tc('actions.cancel')}</Button>
          </ButtonGroup>
        </form>
      ) : (
        <>
          <dl className="lk-details">
            <dt>{t('fields.description')}</dt><dd>{instrument.description || t('details.none')}</dd>
            <dt>{t('fields.intro')}</dt><dd>{instrument.intro || t('details.none')}</dd>
            <dt>{t('fields.closing')}</dt><dd>{instrument.closing || t('details.none')}</dd>
          </dl>
          {editable ? (
            <Button appearance="secondary-action-button" onClick={() => { update.reset(); setOpen(true); }}>{t('details.open')}</Button>
          ) : <Paragraph className="lk-muted">{t('details.frozen')}</Paragraph>}
        </>
      )}
    </section>
  );
}
