import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { LARGE_PAGE, sessionKeys } from './session-keys';
import type { SessionFilters } from './types';

export function getSessionsQueryOptions(filters: SessionFilters, page = 1, pageSize = LARGE_PAGE) {
  return queryOptions({
    queryKey: sessionKeys.list({ ...filters, page, pageSize }),
    queryFn: () => unwrap(api.GET('/sessions', { params: { query: { ...compact({ ...filters }), page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSessions(filters: SessionFilters, { page = 1, pageSize = LARGE_PAGE, enabled = true } = {}) {
  return useQuery({ ...getSessionsQueryOptions(filters, page, pageSize), enabled });
}

/** The months that hold sessions (with the filters), each with its count, earliest first. */
export function useSessionMonths(filters: Pick<SessionFilters, 'interventionId' | 'status'>) {
  return useQuery({
    queryKey: sessionKeys.months(filters),
    queryFn: () => unwrap(api.GET('/sessions/months', { params: { query: compact({ ...filters }) } })),
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: sessionKeys.detail(id),
    queryFn: () => unwrap(api.GET('/sessions/{session_id}', { params: { path: { session_id: id } } })),
  });
}

export function useAttendees(id: string) {
  return useQuery({
    queryKey: sessionKeys.attendees(id),
    queryFn: () =>
      unwrap(api.GET('/sessions/{session_id}/attendees', {
        params: { path: { session_id: id }, query: { pageSize: LARGE_PAGE } },
      })),
  });
}
