import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DeleteSection } from '@/components/DeleteSection';
import { LoadingState } from '@/components/LoadingState';
import { Notice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDateTime } from '@/lib/format';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useRoundMutations } from '../api/use-round-mutations';
import { useRound } from '../api/use-rounds';
import { Completion } from '../components/Completion';
import { InvitationsPanel } from '../components/InvitationsPanel';
import { ResponsesPanel } from '../components/ResponsesPanel';
import { RoundForm } from '../components/RoundForm';
import { RoundStateTag } from '../components/RoundStateTag';
import '../components/rounds.css';

/** `/rondes/:roundId`: one round — when it runs, how anonymous it is, its live completion, the invitations, the
 * responses and their exports. */
export function RoundPage() {
  const { t, i18n } = useTranslation('rounds');
  const vocab = useVocabulary();
  const { roundId = '' } = useParams();
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const navigate = useNavigate();
  const round = useRound(roundId);
  const { update, remove } = useRoundMutations(roundId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const r = round.data;
  const subject = r?.cohortId ? `/cohorten/${r.cohortId}` : r?.sessionId ? `/bijeenkomsten/${r.sessionId}` : '/';

  return (
    <>
      <PageHeader title={r ? r.title : t('page.title')} description={r ? r.subjectName : undefined} />
      {r ? <Paragraph><AppLink to={subject}>{t('page.back', { name: r.subjectName })}</AppLink></Paragraph> : null}
      {saved ? <Notice>{t('edit.saved')}</Notice> : null}
      {round.isPending ? <LoadingState /> : round.isError || !r ? <ProblemAlert error={round.error} /> : (
        <>
          <section className="lk-section" aria-labelledby="round-about">
            <Heading2 id="round-about">{t('page.title')}</Heading2>
            {editing ? (
              <RoundForm round={r} busy={update.isPending} error={update.error}
                onCancel={() => { setEditing(false); update.reset(); }}
                onReload={() => void round.refetch().then(() => update.reset())}
                onSubmit={(changes) => update.mutate({ version: r.version, changes },
                  { onSuccess: () => { setEditing(false); setSaved(true); } })} />
            ) : (
              <>
                <dl className="lk-facts">
                  <dt>{t('page.subject')}</dt><dd><AppLink to={subject}>{r.subjectName}</AppLink></dd>
                  <dt>{t('page.instrument')}</dt><dd>{r.instrumentTitle} (v{r.instrumentVersion})</dd>
                  <dt>{t('page.moment')}</dt><dd>{vocab.label('RoundMoment', r.moment)}</dd>
                  <dt>{t('page.opensAt')}</dt><dd>{formatDateTime(r.opensAt, i18n.language)}</dd>
                  <dt>{t('page.closesAt')}</dt><dd>{formatDateTime(r.closesAt, i18n.language)}</dd>
                  <dt>{t('page.state')}</dt><dd><RoundStateTag state={r.state} /></dd>
                  <dt>{t('page.anonymity')}</dt>
                  <dd>{vocab.label('AnonymityMode', r.anonymity)}<br /><span className="lk-muted">
                    {t(`anonymity.${r.anonymity}`)}</span></dd>
                  <dt>{t('page.language')}</dt><dd>{vocab.label('QuestionnaireLanguage', r.language)}</dd>
                  <dt>{t('page.message')}</dt><dd className="lk-prewrap">{r.message || t('page.noMessage')}</dd>
                </dl>
                {r.frozen ? <Paragraph className="lk-muted">{t('page.frozen')}</Paragraph> : null}
                {editor ? <Button appearance="secondary-action-button" onClick={() => { setEditing(true); setSaved(false); }}>
                  {t('edit.open')}</Button> : null}
              </>
            )}
          </section>
          <section className="lk-section" aria-labelledby="round-completion">
            <Heading2 id="round-completion">{t('page.completionTitle')}</Heading2>
            <div aria-live="polite"><Completion completion={r.completion} /></div>
            <Paragraph className="lk-muted">
              {t('page.counts', r.completion)} · {t('page.completionHelp')}
            </Paragraph>
          </section>
          <InvitationsPanel round={r} canEdit={editor} />
          <ResponsesPanel round={r} />
          {editor ? (
            <DeleteSection headingId="round-delete" title={t('delete.title')} intro={t('delete.intro')}
              buttonLabel={t('delete.open')} confirmTitle={t('delete.confirmTitle', { name: r.title })}
              confirmLabel={t('delete.confirm')} mutation={remove}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(subject,
                { state: { notice: t('delete.done', { name: r.title }) } }) })}>
              <Paragraph>{t('delete.body')}</Paragraph>
            </DeleteSection>
          ) : null}
        </>
      )}
    </>
  );
}
