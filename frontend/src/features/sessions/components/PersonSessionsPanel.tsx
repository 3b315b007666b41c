import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSessions } from '../api/use-sessions';
import { SessionTable } from './SessionTable';

/** A person's sessions, for the person page (`PersonSlots.sessions`): every session they attend, by day. */
export function PersonSessionsPanel({ personId }: { personId: string }) {
  const { t } = useTranslation('sessions');
  const sessions = useSessions({ personId });
  if (sessions.isPending) return <LoadingState />;
  if (sessions.isError) return <ProblemAlert error={sessions.error} />;
  if (sessions.data.items.length === 0) return <EmptyState message={t('person.empty')} />;
  return <SessionTable caption={t('person.caption', { count: sessions.data.total })} sessions={sessions.data.items} />;
}
