import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextAreaField } from '@/components/FormField';
import { FormActions } from '@/components/FormActions';
import { FormProblem } from '@/components/FormProblem';
import { formatDateTime } from '@/lib/format';
import type { Programme, ProgrammeStepRead } from '../api/types';
import { useUpdateStep } from '../api/use-programme-mutations';
import { StepMark } from './StepMark';

/** A step's own notes and its done mark (who marked it done, and when). */
export function StepStatus({ programme, step, canEdit }: { programme: Programme; step: ProgrammeStepRead; canEdit: boolean }) {
  const { t, i18n } = useTranslation('programmes');
  const update = useUpdateStep(programme.id);
  const [notes, setNotes] = useState(step.notes);
  const [done, setDone] = useState(step.done);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ version: programme.version, step: step.step, body: { notes: notes.trim(), done } });
  };
  const who = step.done
    ? t('steps.doneBy', { name: step.doneBy?.name ?? t('steps.someone'), when: formatDateTime(step.doneAt, i18n.language) })
    : t('steps.notDone');
  return (
    <section className="lk-section lk-step-status" aria-labelledby="step-status">
      <Heading3 id="step-status">{t('steps.statusTitle')}</Heading3>
      <Paragraph><StepMark done={step.done} /> {who}</Paragraph>
      {canEdit ? (
        <>
          <FormProblem error={update.error} onReload={() => update.reset()} />
          <form onSubmit={submit} noValidate className="lk-form">
            <TextAreaField label={t('steps.notes')} name="notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
            <CheckboxField label={t('steps.markDone')} name="done" checked={done} onChange={(e) => setDone(e.target.checked)} />
            <FormActions submitLabel={t('steps.save')} busy={update.isPending} />
          </form>
        </>
      ) : step.notes ? <Paragraph className="lk-pre-line">{step.notes}</Paragraph> : null}
    </section>
  );
}
