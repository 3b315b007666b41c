import { StatusBadge } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import type { InstrumentStatus } from '../api/types';

export function InstrumentStatusBadge({ status }: { status: InstrumentStatus }) {
  const vocab = useVocabulary();
  return <StatusBadge tone={status === 'published' ? 'active' : 'inactive'}>{vocab.label('InstrumentStatus', status)}</StatusBadge>;
}
