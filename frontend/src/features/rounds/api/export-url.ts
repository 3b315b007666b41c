import { API_BASE_URL } from '@/lib/api-client';

/** The download address of a round's responses (a plain GET with the session cookie), or of its codebook. */
export function responsesExportUrl(roundId: string, format: 'xlsx' | 'csv' | 'codebook'): string {
  return format === 'codebook'
    ? `${API_BASE_URL}/rounds/${roundId}/responses/codebook`
    : `${API_BASE_URL}/rounds/${roundId}/responses/export?format=${format}`;
}
