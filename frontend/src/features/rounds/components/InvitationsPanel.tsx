import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { Notice } from '@/components/Notice';
import { PagedTable } from '@/components/PagedTable';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { isApiProblem } from '@/lib/api-problem';
import { formatDateTime } from '@/lib/format';
import type { Invitation, MadeInvitations, Round } from '../api/types';
import { useRoundMutations } from '../api/use-round-mutations';
import { useInvitations } from '../api/use-rounds';

function lastChange(invitation: Invitation): string | null | undefined {
  return invitation.completedAt ?? invitation.openedAt ?? invitation.remindedAt ?? invitation.sentAt;
}

/** A send or remind failure in words: the missing mail server said plainly, the rest as the problem it is. */
function MailProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('rounds');
  if (isApiProblem(error) && error.code === 'mail_not_configured') {
    return <Alert type="warning"><Paragraph>{t('invitations.mailNotConfigured')}</Paragraph></Alert>;
  }
  return <ProblemAlert error={error} headingLevel={3} />;
}

/** "Uitnodigingen": make them (their links shown once, with the mail-merge CSV), send, remind, and who has which
 * status. */
export function InvitationsPanel({ round, canEdit }: { round: Round; canEdit: boolean }) {
  const { t, i18n } = useTranslation('rounds');
  const vocab = useVocabulary();
  const [page, setPage] = useState(1);
  const invitations = useInvitations(round.id, page);
  const work = useRoundMutations(round.id);
  const [made, setMade] = useState<MadeInvitations | null>(null);
  const [download, setDownload] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!made) return undefined;
    const url = URL.createObjectURL(made.csv);
    setDownload(url);
    return () => URL.revokeObjectURL(url);
  }, [made]);

  const busy = work.invite.isPending || work.send.isPending || work.remind.isPending;
  const c = round.completion;
  return (
    <section className="lk-section" aria-labelledby="round-invitations">
      <Heading2 id="round-invitations">{t('invitations.title')}</Heading2>
      <Paragraph>{t('invitations.intro')}</Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {canEdit ? (
        <ButtonGroup>
          <Button appearance="primary-action-button" disabled={busy} onClick={() => {
            setNotice(null);
            work.invite.mutate(undefined, { onSuccess: setMade });
          }}>{t('invitations.make')}</Button>
          {c.pending > 0 ? (
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => {
              setNotice(null);
              work.send.mutate(undefined, { onSuccess: (r) => setNotice(t('invitations.sent', { sent: r.sent, failed: r.failed })) });
            }}>{t('invitations.send')}</Button>
          ) : null}
          {round.state === 'open' && c.sent + c.opened > 0 ? (
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => {
              setNotice(null);
              work.remind.mutate(undefined, { onSuccess: (r) => setNotice(t('invitations.reminded', { sent: r.sent, failed: r.failed })) });
            }}>{t('invitations.remind')}</Button>
          ) : null}
        </ButtonGroup>
      ) : null}
      {work.invite.error ? <ProblemAlert error={work.invite.error} headingLevel={3} /> : null}
      {work.send.error ? <MailProblem error={work.send.error} /> : null}
      {work.remind.error ? <MailProblem error={work.remind.error} /> : null}
      {made ? (
        <div className="lk-round-links-once">
          <Heading3 className="utrecht-heading-3">{t('invitations.linksTitle')}</Heading3>
          {made.links.length === 0 ? <Paragraph>{t('invitations.noneNew')}</Paragraph> : (
            <>
              <Alert type="warning"><Paragraph>{t('invitations.linksWarning')}</Paragraph></Alert>
              {download ? (
                <Paragraph>
                  <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                    href={download} download={`uitnodigingen-${round.id}.csv`}>{t('invitations.download')}</a>
                </Paragraph>
              ) : null}
              <DataTable caption={t('invitations.linksCaption')} rows={made.links} rowKey={(l) => l.link} columns={[
                { key: 'name', header: t('invitations.name'), render: (l) => l.name },
                { key: 'number', header: t('invitations.employeeNumber'), render: (l) => l.employeeNumber },
                { key: 'link', header: t('invitations.link'), render: (l) => <code className="lk-round-link">{l.link}</code> },
              ]} />
            </>
          )}
        </div>
      ) : null}
      <PagedTable query={invitations} emptyMessage={t('invitations.none')} onPageChange={setPage}
        caption={t('invitations.caption')} rowKey={(i) => i.id} columns={[
          { key: 'name', header: t('invitations.name'), render: (i) => i.name },
          { key: 'number', header: t('invitations.employeeNumber'), render: (i) => i.employeeNumber },
          { key: 'email', header: t('invitations.email'), render: (i) => i.email },
          { key: 'status', header: t('invitations.status'), render: (i) => vocab.label('InvitationStatus', i.status) },
          { key: 'when', header: t('invitations.changedAt'), render: (i) => formatDateTime(lastChange(i), i18n.language) },
          { key: 'reminders', header: t('invitations.reminders'), numeric: true, render: (i) => i.reminderCount },
        ]} />
    </section>
  );
}
