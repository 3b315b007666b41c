import { API_BASE_URL } from '@/lib/api-client';

/** The download address of a year's execution programme (a plain GET with the session cookie), within the
 * catalogue's filters. */
export function exportUrl(year: number, format: 'xlsx' | 'csv', filters: Record<string, string> = {}): string {
  const query = new URLSearchParams({ year: String(year), format, ...filters });
  return `${API_BASE_URL}/interventions/export?${query.toString()}`;
}
