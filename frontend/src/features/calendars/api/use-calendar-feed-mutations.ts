import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { calendarKeys } from './calendar-keys';
import type { FeedKind } from './types';

/** Make, rotate and delete the subject's feed; make and rotate answer the URL once. */
export function useCalendarFeedMutations(kind: FeedKind, subjectId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: calendarKeys.feeds(kind, subjectId) });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/calendar-feeds', { body: { kind, subjectId } })),
    onSuccess: refresh,
  });
  const rotate = useMutation({
    mutationFn: (feedId: string) =>
      unwrap(api.POST('/calendar-feeds/{feed_id}/rotate', { params: { path: { feed_id: feedId } } })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (feedId: string) =>
      unwrap(api.DELETE('/calendar-feeds/{feed_id}', { params: { path: { feed_id: feedId } } })),
    onSuccess: refresh,
  });
  return { create, rotate, remove };
}
