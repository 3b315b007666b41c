import { StatusBadge } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import type { PlanStatus } from '../api/types';

const TONES = { draft: 'neutral', adopted: 'active', archived: 'inactive' } as const;

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const vocab = useVocabulary();
  return <StatusBadge tone={TONES[status]}>{vocab.label('PlanStatus', status)}</StatusBadge>;
}
