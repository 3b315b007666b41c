import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { LoadingState } from '@/components/LoadingState';
import { Notice } from '@/components/Notice';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateLong } from '@/lib/format';
import { canWrite, useCurrentUser } from '@/lib/session';
import { calendarDownloadUrl } from '../api/calendar-url';
import type { FeedKind } from '../api/types';
import { useCalendarFeedMutations } from '../api/use-calendar-feed-mutations';
import { useCalendarFeeds } from '../api/use-calendar-feeds';
import { FeedSecret } from './FeedSecret';
import './calendars.css';

/**
 * A cohort's, person's or trainer's calendar: a download (.ics) and a subscription link for Outlook, made or
 * renewed here and shown once (only its digest is stored). Lent to the people, cohorts and sessions pages.
 */
export function CalendarLinksPanel({ kind, subjectId }: { kind: FeedKind; subjectId: string }) {
  const { t, i18n } = useTranslation('calendars');
  const id = useId();
  const editor = canWrite(useCurrentUser().role);
  const feeds = useCalendarFeeds(kind, subjectId);
  const { create, rotate, remove } = useCalendarFeedMutations(kind, subjectId);
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState(false);
  const feed = feeds.data?.items[0];
  const busy = create.isPending || rotate.isPending;
  const shown = (answer: { url: string }) => { setRemoved(false); setUrl(answer.url); };

  return (
    <section className="lk-section" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('links.title')}</Heading2>
      <Paragraph>{t('links.intro')}</Paragraph>
      <Paragraph>
        <a className="utrecht-button-link utrecht-button-link--secondary-action" href={calendarDownloadUrl(kind, subjectId)}
          download>{t('links.download')}</a>
      </Paragraph>
      {feeds.isPending ? <LoadingState /> : feeds.isError ? <ProblemAlert error={feeds.error} headingLevel={3} /> : (
        <>
          {removed ? <Notice>{t('links.removed')}</Notice> : null}
          <Paragraph>
            {feed ? t('links.since', { date: formatDateLong(feed.updatedAt, i18n.language) }) : t('links.none')}
          </Paragraph>
          {editor ? (
            <div className="lk-feed-actions">
              {feed ? (
                <>
                  <Button appearance="primary-action-button" busy={rotate.isPending} disabled={busy}
                    onClick={() => rotate.mutate(feed.id, { onSuccess: shown })}>{t('links.rotate')}</Button>
                  <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>{t('links.remove')}</Button>
                </>
              ) : (
                <Button appearance="primary-action-button" busy={create.isPending} disabled={busy}
                  onClick={() => create.mutate(undefined, { onSuccess: shown })}>{t('links.create')}</Button>
              )}
            </div>
          ) : <Paragraph className="lk-muted">{t('links.viewerOnly')}</Paragraph>}
          {create.error ? <ProblemAlert error={create.error} headingLevel={3} /> : null}
          {rotate.error ? <ProblemAlert error={rotate.error} headingLevel={3} /> : null}
          {url ? <FeedSecret url={url} /> : null}
          {feed ? (
            <ConfirmDialog open={confirming} title={t('links.removeTitle')} confirmLabel={t('links.remove')}
              busy={remove.isPending} error={remove.error}
              onCancel={() => { setConfirming(false); remove.reset(); }}
              onConfirm={() => remove.mutate(feed.id, {
                onSuccess: () => { setConfirming(false); setUrl(null); setRemoved(true); },
              })}>
              <Paragraph>{t('links.removeBody')}</Paragraph>
            </ConfirmDialog>
          ) : null}
        </>
      )}
    </section>
  );
}
