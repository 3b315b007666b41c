import { useTranslation } from 'react-i18next';
import { StatusBadge, type BadgeTone } from '@/components/StatusBadge';
import type { RoundState } from '../api/types';

const TONE: Record<RoundState, BadgeTone> = { planned: 'neutral', open: 'active', closed: 'inactive' };

/** Gepland, open or gesloten: from now against the round's times. */
export function RoundStateTag({ state }: { state: RoundState }) {
  const { t } = useTranslation('rounds');
  return <StatusBadge tone={TONE[state]}>{t(`state.${state}`)}</StatusBadge>;
}
