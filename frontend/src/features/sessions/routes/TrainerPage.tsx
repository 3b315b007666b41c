import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DeleteSection } from '@/components/DeleteSection';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useTrainerMutations } from '../api/use-trainer-mutations';
import { useTrainer } from '../api/use-trainers';
import { useSessions } from '../api/use-sessions';
import { SessionTable } from '../components/SessionTable';
import { TrainerForm } from '../components/TrainerForm';
import { useTrainerSlots } from '../slots';

/** `/bijeenkomsten/trainers/:id`: one trainer, the sessions they give, and their calendar (a lent panel). */
export function TrainerPage() {
  const { t } = useTranslation('sessions');
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const navigate = useNavigate();
  const notice = useFlashNotice();
  const trainer = useTrainer(id);
  const sessions = useSessions({ trainerId: id });
  const { update, remove } = useTrainerMutations();
  const { calendar: Calendar } = useTrainerSlots();
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);
  const tr = trainer.data;
  return (
    <>
      <PageHeader title={tr ? tr.name : t('trainers.detail')} description={tr?.company || undefined} />
      <Paragraph><AppLink to="/bijeenkomsten/trainers">{t('trainers.back')}</AppLink></Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {trainer.isPending ? <LoadingState /> : trainer.isError || !tr ? <ProblemAlert error={trainer.error} /> : (
        <>
          <section className="lk-section" aria-labelledby="trainer-about">
            <Heading2 id="trainer-about">{t('detail.about')}</Heading2>
            {editing ? (
              <TrainerForm key={generation} initial={{ name: tr.name, email: tr.email, company: tr.company }}
                submitLabel={t('edit.submit')} busy={update.isPending} error={update.error}
                onCancel={() => { setEditing(false); update.reset(); }}
                onReload={() => void trainer.refetch().then(() => { update.reset(); setGeneration((g) => g + 1); })}
                onSubmit={(values) => update.mutate({ id, version: tr.version, changes: values },
                  { onSuccess: () => setEditing(false) })} />
            ) : (
              <>
                <dl className="lk-facts">
                  <dt>{t('trainers.company')}</dt><dd>{tr.company || t('detail.none')}</dd>
                  <dt>{t('trainers.email')}</dt><dd>{tr.email || t('detail.none')}</dd>
                </dl>
                {editor ? <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>{t('edit.open')}</Button>
                  : null}
              </>
            )}
          </section>
          <section className="lk-section" aria-labelledby="trainer-sessions">
            <Heading2 id="trainer-sessions">{t('trainers.sessionsTitle')}</Heading2>
            {sessions.isPending ? <LoadingState /> : sessions.isError ? <ProblemAlert error={sessions.error} /> :
              sessions.data.items.length === 0 ? <EmptyState message={t('trainers.noSessions')} /> : (
                <SessionTable caption={t('trainers.sessionsCaption', { name: tr.name, count: sessions.data.total })}
                  sessions={sessions.data.items} showTrainer={false} />
              )}
          </section>
          {Calendar ? <Calendar trainerId={id} /> : null}
          {editor ? (
            <DeleteSection headingId="trainer-delete" title={t('trainers.deleteTitle')} intro={t('trainers.deleteIntro')}
              buttonLabel={t('delete.button')} confirmTitle={t('trainers.deleteConfirm', { name: tr.name })}
              confirmLabel={t('delete.button')} mutation={remove}
              onConfirm={() => remove.mutate(id, {
                onSuccess: () => void navigate('/bijeenkomsten/trainers',
                  { state: { notice: t('trainers.deleted', { name: tr.name }) } }),
              })}>
              {t('trainers.deleteIntro')}
            </DeleteSection>
          ) : null}
        </>
      )}
    </>
  );
}
