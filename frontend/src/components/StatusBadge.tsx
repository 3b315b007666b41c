import { StatusBadge as UtrechtStatusBadge } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export type BadgeTone = 'active' | 'inactive' | 'warning' | 'danger' | 'neutral' | 'success';

export function StatusBadge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <UtrechtStatusBadge status={tone}>{children}</UtrechtStatusBadge>;
}
