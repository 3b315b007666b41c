import { StatusBadge, type BadgeTone } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import type { RoundState } from '../api/types';

const TONE: Record<RoundState, BadgeTone> = { planned: 'neutral', open: 'active', closed: 'inactive' };

export function RoundStateTag({ state }: { state: RoundState }) {
  const vocab = useVocabulary();
  return <StatusBadge tone={TONE[state]}>{vocab.label('RoundState', state)}</StatusBadge>;
}
