import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DeleteSection } from '@/components/DeleteSection';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDateLong } from '@/lib/format';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useSessionMutations } from '../api/use-session-mutations';
import { useAttendees, useSession } from '../api/use-sessions';
import { AttendancePanel } from '../components/AttendancePanel';
import { AttendeesPanel } from '../components/AttendeesPanel';
import { SessionForm, toUpdate, valuesOf } from '../components/SessionForm';
import { STATUS_TONE, sessionName, sessionTimes } from '../components/SessionTable';
import { useSessionSlots } from '../slots';

/** `/bijeenkomsten/:id`: one session, who is coming, and taking attendance (on a phone, in the room). */
export function SessionPage() {
  const { t, i18n } = useTranslation('sessions');
  const vocab = useVocabulary();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const navigate = useNavigate();
  const notice = useFlashNotice();
  const session = useSession(id);
  const attendees = useAttendees(id);
  const { update, remove } = useSessionMutations();
  const slots = useSessionSlots();
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState('');
  const s = session.data;
  const month = s?.day.slice(0, 7);

  return (
    <>
      <PageHeader title={s ? sessionName(s) : t('detail.title')}
        description={s ? `${formatDateLong(s.day, i18n.language)}${sessionTimes(s) ? `, ${sessionTimes(s)}` : ''}`
          : undefined} />
      <Paragraph><AppLink to={month ? `/bijeenkomsten?maand=${month}` : '/bijeenkomsten'}>{t('detail.back')}</AppLink></Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {saved ? <Notice>{saved}</Notice> : null}
      {session.isPending ? <LoadingState /> : session.isError || !s ? <ProblemAlert error={session.error} /> : (
        <>
          <section className="lk-section" aria-labelledby="session-about">
            <Heading2 id="session-about">{t('detail.about')}</Heading2>
            {editing ? (
              <SessionForm
                key={generation}
                initial={valuesOf(s)}
                submitLabel={t('edit.submit')}
                busy={update.isPending}
                error={update.error}
                onCancel={() => { setEditing(false); update.reset(); }}
                onReload={() => void session.refetch().then(() => { update.reset(); setGeneration((g) => g + 1); })}
                onSubmit={(values) =>
                  update.mutate({ id, version: s.version, changes: toUpdate(valuesOf(s), values) }, {
                    onSuccess: (changed) => {
                      setEditing(false);
                      setSaved(t('edit.done', { day: formatDateLong(changed.day, i18n.language) }));
                    },
                  })}
              />
            ) : (
              <>
                <dl className="lk-facts">
                  <dt>{t('fields.status')}</dt>
                  <dd><StatusBadge tone={STATUS_TONE[s.status]}>{vocab.label('SessionStatus', s.status)}</StatusBadge></dd>
                  <dt>{t('fields.intervention')}</dt>
                  <dd><AppLink to={`/catalogus/${s.interventionId}`}>{s.interventionTitle}</AppLink></dd>
                  <dt>{t('fields.day')}</dt><dd>{formatDateLong(s.day, i18n.language)}</dd>
                  <dt>{t('fields.times')}</dt><dd>{sessionTimes(s) || t('detail.none')}</dd>
                  <dt>{t('fields.location')}</dt><dd>{s.location || t('detail.none')}</dd>
                  <dt>{t('fields.trainer')}</dt>
                  <dd>{s.trainerId ? <AppLink to={`/bijeenkomsten/trainers/${s.trainerId}`}>{s.trainerName}</AppLink>
                    : t('detail.none')}</dd>
                  <dt>{t('fields.capacity')}</dt><dd>{s.capacity ?? t('detail.noLimit')}</dd>
                  {s.cohortId ? (<><dt>{t('fields.cohort')}</dt><dd>{t('detail.ofCohort')}</dd></>) : null}
                  {s.notes ? (<><dt>{t('fields.notes')}</dt><dd className="lk-prewrap">{s.notes}</dd></>) : null}
                </dl>
                {editor ? (
                  <Button appearance="secondary-action-button" onClick={() => { setSaved(''); setEditing(true); }}>
                    {t('edit.open')}
                  </Button>
                ) : null}
              </>
            )}
          </section>
          <section className="lk-section" aria-labelledby="session-attendees">
            <Heading2 id="session-attendees">{t('attendees.title')}</Heading2>
            {attendees.isPending ? <LoadingState /> : attendees.isError ? <ProblemAlert error={attendees.error} /> : (
              <AttendeesPanel session={s} attendees={attendees.data.items} canEdit={editor} />
            )}
          </section>
          {editor && attendees.data && attendees.data.items.length > 0 ? (
            <section className="lk-section" aria-labelledby="session-attendance">
              <Heading2 id="session-attendance">{t('attendance.title')}</Heading2>
              <AttendancePanel sessionId={id} attendees={attendees.data.items} />
            </section>
          ) : null}
          <Suspense fallback={<LoadingState />}>
            {slots.evaluation ? <slots.evaluation sessionId={id} /> : null}
          </Suspense>
          {editor ? (
            <DeleteSection
              headingId="session-delete"
              title={t('delete.title')}
              intro={t('delete.intro')}
              buttonLabel={t('delete.button')}
              confirmTitle={t('delete.confirmTitle', { name: sessionName(s) })}
              confirmLabel={t('delete.button')}
              mutation={remove}
              onConfirm={() => remove.mutate(id, {
                onSuccess: () => void navigate(`/bijeenkomsten?maand=${month}`,
                  { state: { notice: t('delete.done', { name: sessionName(s) }) } }),
              })}
            >
              {t('delete.confirmBody', { count: s.attendeeCount })}
            </DeleteSection>
          ) : null}
        </>
      )}
    </>
  );
}
