import { formatDateTime } from '@/lib/format';

/** "1 sep 2026 09:00 tot 15 sep 2026 17:00" in the Netherlands' time. */
export function periodOf(opensAt: string, closesAt: string, language: string,
  t: (key: string, values: Record<string, string>) => string): string {
  return t('period', { opens: formatDateTime(opensAt, language), closes: formatDateTime(closesAt, language) });
}
