import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { calendarKeys } from './calendar-keys';
import type { FeedKind } from './types';

/** The subject's feed (there is at most one), without its URL. */
export function getCalendarFeedsQueryOptions(kind: FeedKind, subjectId: string) {
  return queryOptions({
    queryKey: calendarKeys.feeds(kind, subjectId),
    queryFn: () => unwrap(api.GET('/calendar-feeds', { params: { query: { kind, subjectId } } })),
  });
}

export function useCalendarFeeds(kind: FeedKind, subjectId: string) {
  return useQuery(getCalendarFeedsQueryOptions(kind, subjectId));
}
