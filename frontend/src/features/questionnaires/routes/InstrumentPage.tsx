import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppButtonLink, AppLink } from '@/components/AppLink';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DeleteSection } from '@/components/DeleteSection';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDateLong } from '@/lib/format';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { Question } from '../api/types';
import { useInstrument } from '../api/use-instrument';
import { useInstrumentMutations } from '../api/use-instrument-mutations';
import { useQuestionMutations } from '../api/use-question-mutations';
import { useQuestions } from '../api/use-questions';
import { InstrumentDetails } from '../components/InstrumentDetails';
import { InstrumentStatusBadge } from '../components/InstrumentStatusBadge';
import { QuestionForm } from '../components/QuestionForm';
import { QuestionList } from '../components/QuestionList';
import '../components/questionnaires.css';

/** `/vragenlijsten/:id`: the builder. A draft's questions are added, changed, reordered (mouse or keyboard) and
 * deleted, then it is published; a published one is frozen and shows how to make a new version. */
export function InstrumentPage() {
  const { id = '' } = useParams();
  // A new version opens at its own address: a fresh builder, with its own notice and forms.
  return <Builder key={id} id={id} />;
}

function Builder({ id }: { id: string }) {
  const { t, i18n } = useTranslation('questionnaires');
  const vocab = useVocabulary();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const flash = useFlashNotice();
  const [message, setMessage] = useState<string | null>(null);
  const instrument = useInstrument(id);
  const questions = useQuestions(id);
  const instruments = useInstrumentMutations();
  const mutations = useQuestionMutations(id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Question | null>(null);
  const [deleting, setDeleting] = useState<Question | null>(null);
  const [publishing, setPublishing] = useState(false);

  if (instrument.isPending) return <LoadingState />;
  if (instrument.isError) return <ProblemAlert error={instrument.error} />;
  const data = instrument.data;
  const draft = data.status === 'draft';
  const editable = draft && canWrite(me.role);
  const list = questions.data ?? [];
  const notice = message ?? flash;

  return (
    <>
      <PageHeader
        title={data.title}
        description={t('builder.subtitle', {
          purpose: vocab.label('InstrumentPurpose', data.purpose),
          version: data.versionNumber,
          language: vocab.label('QuestionnaireLanguage', data.language),
        })}
        actions={<InstrumentStatusBadge status={data.status} />}
      />
      <p><AppLink to="/vragenlijsten">{t('builder.back')}</AppLink></p>
      {notice ? <Notice>{notice}</Notice> : null}
      {draft ? null : (
        <Alert type="info" className="lk-notice">
          <Heading2>{t('frozen.title')}</Heading2>
          <Paragraph>
            {t('frozen.body', {
              date: formatDateLong(data.publishedAt, i18n.language),
              by: data.publishedBy?.name ?? t('frozen.someone'),
            })}
          </Paragraph>
          {canWrite(me.role) ? (
            <>
              {instruments.newVersion.error ? <ProblemAlert error={instruments.newVersion.error} headingLevel={3} /> : null}
              <Button appearance="primary-action-button" busy={instruments.newVersion.isPending}
                disabled={instruments.newVersion.isPending}
                onClick={() => instruments.newVersion.mutate(data.id, {
                  onSuccess: (next) => void navigate(`/vragenlijsten/${next.id}`, {
                    state: { notice: t('frozen.made', { version: next.versionNumber }) },
                  }),
                })}>
                {t('frozen.newVersion')}
              </Button>
            </>
          ) : null}
        </Alert>
      )}
      <ButtonGroup className="lk-builder-actions">
        <AppButtonLink to={`/vragenlijsten/${data.id}/voorbeeld`} appearance="secondary-action-button">
          {t('builder.preview')}
        </AppButtonLink>
        {editable ? (
          <Button appearance="primary-action-button" onClick={() => { instruments.publish.reset(); setPublishing(true); }}>
            {t('publish.open')}
          </Button>
        ) : null}
      </ButtonGroup>

      <InstrumentDetails instrument={data} editable={editable} onSaved={() => setMessage(t('details.saved'))} />

      <section className="lk-section" aria-labelledby="questions-title">
        <Heading2 id="questions-title">{t('builder.questions', { count: list.length })}</Heading2>
        {editable && list.length > 1 ? <Paragraph>{t('builder.reorderHelp')}</Paragraph> : null}
        {mutations.move.error ? <ProblemAlert error={mutations.move.error} headingLevel={3} /> : null}
        {questions.isPending ? <LoadingState /> : questions.isError ? <ProblemAlert error={questions.error} /> :
          list.length === 0 ? <EmptyState message={t('builder.noQuestions')} /> : (
            <QuestionList questions={list} editable={editable}
              onMove={(question, position) => mutations.move.mutate({ question, position })}
              onEdit={(question) => { mutations.update.reset(); setAdding(false); setEditing(question); }}
              onDelete={(question) => { mutations.remove.reset(); setDeleting(question); }} />
          )}
      </section>

      {editable && editing ? (
        <section className="lk-section" aria-labelledby="question-edit">
          <Heading2 id="question-edit">{t('builder.editTitle', { number: list.findIndex((q) => q.id === editing.id) + 1 })}</Heading2>
          <QuestionForm key={editing.id} question={editing} submitLabel={t('builder.save')} busy={mutations.update.isPending}
            error={mutations.update.error} onCancel={() => setEditing(null)}
            onSubmit={(values) => mutations.update.mutate({ id: editing.id, version: editing.version, changes: values }, {
              onSuccess: () => { setEditing(null); setMessage(t('builder.saved')); },
            })} />
        </section>
      ) : null}

      {editable ? (
        <section className="lk-section" aria-labelledby="question-add">
          <Heading2 id="question-add">{t('builder.addTitle')}</Heading2>
          {adding ? (
            <QuestionForm submitLabel={t('builder.add')} busy={mutations.create.isPending} error={mutations.create.error}
              onCancel={() => setAdding(false)}
              onSubmit={(values) => mutations.create.mutate(values, {
                onSuccess: () => { setAdding(false); setMessage(t('builder.added')); },
              })} />
          ) : (
            <Button appearance="secondary-action-button" onClick={() => { mutations.create.reset(); setEditing(null); setAdding(true); }}>
              {t('builder.addOpen')}
            </Button>
          )}
        </section>
      ) : null}

      {editable ? (
        <DeleteSection headingId="instrument-delete" title={t('delete.title')} intro={t('delete.intro')}
          buttonLabel={t('delete.button')} confirmTitle={t('delete.confirmTitle', { title: data.title })}
          confirmLabel={t('delete.button')} mutation={instruments.remove}
          onConfirm={() => instruments.remove.mutate(data.id, {
            onSuccess: () => void navigate('/vragenlijsten', { state: { notice: t('delete.done', { title: data.title }) } }),
          })}>
          {t('delete.body')}
        </DeleteSection>
      ) : null}

      <ConfirmDialog open={deleting !== null} title={t('builder.deleteTitle')} confirmLabel={t('builder.delete')}
        busy={mutations.remove.isPending} error={mutations.remove.error} onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && mutations.remove.mutate(deleting.id, {
          onSuccess: () => { setDeleting(null); setMessage(t('builder.deleted')); },
        })}>
        {t('builder.deleteBody', { text: deleting?.text ?? '' })}
      </ConfirmDialog>
      <ConfirmDialog open={publishing} title={t('publish.title')} confirmLabel={t('publish.confirm')}
        busy={instruments.publish.isPending} error={instruments.publish.error} onCancel={() => setPublishing(false)}
        onConfirm={() => instruments.publish.mutate(data.id, {
          onSuccess: () => { setPublishing(false); setMessage(t('publish.done')); },
        })}>
        {t('publish.body', { count: list.length })}
      </ConfirmDialog>
    </>
  );
}
