import { Button, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import type { LearningLine } from '../api/types';
import { useFrameworkMutations } from '../api/use-framework-mutations';

function LineItem({ line, programmeId, canEdit }: { line: LearningLine; programmeId: string; canEdit: boolean }) {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const { updateLine } = useFrameworkMutations(programmeId);
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(line.label);
  const [description, setDescription] = useState(line.description);
  const errors = formFieldErrors(updateLine.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    updateLine.mutate({ id: line.id, version: line.version, changes: { label: label.trim(), description: description.trim() } },
      { onSuccess: () => setEditing(false) });
  };
  return (
    <li className="lk-line">
      <Heading4 className="lk-line__title">{line.label}</Heading4>
      <Paragraph className="lk-muted">{t('lines.level', { level: vocab.label('LearningLevel', line.level) })}</Paragraph>
      {editing ? (
        <>
          <FormProblem error={updateLine.error} />
          <form onSubmit={submit} noValidate className="lk-form">
            <TextField label={t('lines.label')} name="label" required value={label} error={errors.label} onChange={(e) => setLabel(e.target.value)} />
            <TextAreaField label={t('lines.description')} name="description" rows={2} value={description} description={t('lines.descriptionHelp')}
              error={errors.description} onChange={(e) => setDescription(e.target.value)} />
            <FormActions submitLabel={t('lines.save')} busy={updateLine.isPending} onCancel={() => { setEditing(false); updateLine.reset(); }} />
          </form>
        </>
      ) : (
        <>
          {line.description ? <Paragraph className="lk-pre-line">{line.description}</Paragraph> : null}
          {canEdit ? (
            <Button appearance="subtle-button" onClick={() => { setLabel(line.label); setDescription(line.description); setEditing(true); }}>
              {t('lines.edit')}<span className="visually-hidden"> ({line.label})</span>
            </Button>
          ) : null}
        </>
      )}
    </li>
  );
}

/** The framework's rows: the three learning lines, renamed as the organisation says it, with the forms they use. */
export function LearningLinesEditor({ programmeId, lines, canEdit }: { programmeId: string; lines: LearningLine[]; canEdit: boolean }) {
  const { t } = useTranslation('programmes');
  return (
    <section className="lk-section" aria-labelledby="lines-title">
      <Heading3 id="lines-title">{t('lines.title')}</Heading3>
      <Paragraph>{t('lines.intro')}</Paragraph>
      <ul className="lk-lines">
        {lines.map((line) => <LineItem key={line.id} line={line} programmeId={programmeId} canEdit={canEdit} />)}
      </ul>
    </section>
  );
}
