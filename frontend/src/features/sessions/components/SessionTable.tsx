import { useTranslation } from 'react-i18next';
import './sessions.css';
import { AppLink } from '@/components/AppLink';
import { DataTable } from '@/components/DataTable';
import { StatusBadge, type BadgeTone } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDateLong } from '@/lib/format';
import type { Session, SessionStatus } from '../api/types';

export const STATUS_TONE: Record<SessionStatus, BadgeTone> = {
  planned: 'neutral', held: 'active', cancelled: 'inactive',
};

/** What a session is called: its own title, else its intervention's, with its title as the day of a series. */
export function sessionName(session: Session): string {
  return session.title ? `${session.interventionTitle}: ${session.title}` : session.interventionTitle;
}

export function sessionTimes(session: Session): string {
  if (session.startsAt && session.endsAt) return `${session.startsAt}–${session.endsAt}`;
  return session.startsAt ?? '';
}

/** Sessions with their day written out, times, place, trainer, status and how many are coming. */
export function SessionTable({ caption, sessions, showTrainer = true }: {
  caption: string;
  sessions: Session[];
  showTrainer?: boolean;
}) {
  const { t, i18n } = useTranslation('sessions');
  const vocab = useVocabulary();
  return (
    <div className="lk-session-list lk-stacks">
    <DataTable
      caption={caption}
      rows={sessions}
      rowKey={(s) => s.id}
      columns={[
        { key: 'name', header: t('fields.session'),
          render: (s) => <AppLink to={`/bijeenkomsten/${s.id}`}>{sessionName(s)}</AppLink> },
        { key: 'day', header: t('fields.day'), render: (s) => formatDateLong(s.day, i18n.language) },
        { key: 'times', header: t('fields.times'), render: sessionTimes },
        { key: 'location', header: t('fields.location'), render: (s) => s.location || '—' },
        ...(showTrainer ? [{ key: 'trainer', header: t('fields.trainer'), render: (s: Session) => s.trainerName ?? '—' }]
          : []),
        { key: 'status', header: t('fields.status'),
          render: (s) => <StatusBadge tone={STATUS_TONE[s.status]}>{vocab.label('SessionStatus', s.status)}</StatusBadge> },
        { key: 'attendees', header: t('fields.attendees'), numeric: true,
          render: (s) => (s.capacity ? t('list.placesTaken', { count: s.attendeeCount, capacity: s.capacity })
            : String(s.attendeeCount)) },
        { key: 'present', header: t('fields.present'), numeric: true,
          render: (s) => (s.status === 'held' ? String(s.presentCount) : '—') },
      ]}
    />
    </div>
  );
}
