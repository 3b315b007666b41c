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
import { formatDateLong } from '@/lib/format';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useCohortMutations } from '../api/use-cohort-mutations';
import { useCohort, useProgrammeOptions } from '../api/use-cohorts';
import type { CohortCreate, CohortUpdate } from '../api/types';
import { BuddyPanel } from '../components/BuddyPanel';
import { CohortForm } from '../components/CohortForm';
import { PeoplePanel } from '../components/PeoplePanel';
import { SchedulePanel } from '../components/SchedulePanel';
import { SessionsView } from '../components/SessionsView';
import { StatusTag } from '../components/StatusTag';
import { useCohortSlots } from '../slots';
import '../components/cohorts.css';

function changed(before: CohortCreate, after: CohortCreate): CohortUpdate {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof CohortCreate)[]) {
    if ((after[key] ?? null) !== (before[key] ?? null)) changes[key] = after[key];
  }
  return changes as CohortUpdate;
}

/** `/cohorten/:id`: one cohort — its people and roles, buddy pairs, schedule, timeline and month calendar. */
export function CohortPage() {
  const { t, i18n } = useTranslation('cohorts');
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const cohort = useCohort(id);
  const programmes = useProgrammeOptions();
  const { update, remove } = useCohortMutations();
  const slots = useCohortSlots();
  const [editing, setEditing] = useState(false);
  const c = cohort.data;

  return (
    <>
      <PageHeader title={c ? c.name : t('detail.title')} description={c ? c.programmeTitle : undefined} />
      <Paragraph><AppLink to="/cohorten">{t('detail.back')}</AppLink></Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {cohort.isPending ? <LoadingState /> : cohort.isError || !c ? <ProblemAlert error={cohort.error} /> : (
        <>
          <section className="lk-section" aria-labelledby="cohort-about">
            <Heading2 id="cohort-about">{t('detail.about')}</Heading2>
            {editing && programmes.data ? (
              <CohortForm initial={c} programmes={programmes.data} submitLabel={t('edit.submit')}
                busy={update.isPending} error={update.error}
                onCancel={() => { setEditing(false); update.reset(); }}
                onReload={() => void cohort.refetch().then(() => update.reset())}
                onSubmit={(values) => update.mutate({ id, version: c.version, changes: changed({
                  programmeId: c.programmeId, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn, status: c.status,
                  notes: c.notes }, values) }, { onSuccess: () => setEditing(false) })} />
            ) : (
              <>
                <dl className="lk-facts">
                  <dt>{t('fields.programme')}</dt><dd>{c.programmeTitle}</dd>
                  <dt>{t('fields.startsOn')}</dt><dd>{formatDateLong(c.startsOn, i18n.language)}</dd>
                  <dt>{t('fields.endsOn')}</dt><dd>{c.endsOn ? formatDateLong(c.endsOn, i18n.language) : t('detail.none')}</dd>
                  <dt>{t('fields.status')}</dt><dd><StatusTag status={c.status} /></dd>
                  <dt>{t('fields.participants')}</dt><dd>{c.participantCount}</dd>
                  {c.notes ? <><dt>{t('fields.notes')}</dt><dd>{c.notes}</dd></> : null}
                </dl>
                {editor ? <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>
                  {t('edit.open')}</Button> : null}
              </>
            )}
          </section>
          <PeoplePanel cohortId={id} canEdit={editor} />
          <BuddyPanel cohortId={id} canEdit={editor} />
          <SchedulePanel cohortId={id} canEdit={editor} />
          <SessionsView cohortId={id} />
          <Suspense fallback={<LoadingState />}>
            {slots.calendar ? <slots.calendar cohortId={id} /> : null}
            {slots.learningTime ? <slots.learningTime cohortId={id} /> : null}
            {slots.rounds ? <slots.rounds cohortId={id} /> : null}
          </Suspense>
          {editor ? (
            <DeleteSection headingId="cohort-delete" title={t('delete.title')} intro={t('delete.intro')}
              buttonLabel={t('delete.open')} confirmTitle={t('delete.confirmTitle', { name: c.name })}
              confirmLabel={t('delete.confirm')} mutation={remove}
              onConfirm={() => remove.mutate(id, { onSuccess: () => void navigate('/cohorten',
                { state: { notice: t('delete.done', { name: c.name }) } }) })}>
              <Paragraph>{t('delete.body')}</Paragraph>
            </DeleteSection>
          ) : null}
        </>
      )}
    </>
  );
}
