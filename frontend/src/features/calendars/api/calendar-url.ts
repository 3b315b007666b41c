import { API_BASE_URL } from '@/lib/api-client';
import type { FeedKind } from './types';

const COLLECTION: Record<FeedKind, string> = { cohort: 'cohorts', person: 'people', trainer: 'trainers' };

/** Where the logged-in download of a cohort's, person's or trainer's calendar (.ics) is. */
export function calendarDownloadUrl(kind: FeedKind, subjectId: string): string {
  return `${API_BASE_URL}/${COLLECTION[kind]}/${encodeURIComponent(subjectId)}/calendar.ics`;
}
