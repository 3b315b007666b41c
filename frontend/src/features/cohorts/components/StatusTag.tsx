import { StatusBadge, type BadgeTone } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import type { CohortStatus } from '../api/types';

const TONES: Record<CohortStatus, BadgeTone> = { planned: 'neutral', running: 'active', finished: 'inactive' };

export function StatusTag({ status }: { status: CohortStatus }) {
  const vocab = useVocabulary();
  return <StatusBadge tone={TONES[status]}>{vocab.label('CohortStatus', status)}</StatusBadge>;
}
