import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/StatusBadge';
import type { PlanStatus } from '../api/types';

const TONES = { draft: 'neutral', adopted: 'active', archived: 'inactive' } as const;

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('plan');
  return <StatusBadge tone={TONES[status]}>{t(`status.${status}`)}</StatusBadge>;
}
