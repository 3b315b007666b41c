import { API_BASE_URL } from '@/lib/api-client';

/** The download address of a year's execution programme (a plain GET with the session cookie). */
export function exportUrl(year: number, format: 'xlsx' | 'csv'): string {
  return `${API_BASE_URL}/interventions/export?year=${year}&format=${format}`;
}
