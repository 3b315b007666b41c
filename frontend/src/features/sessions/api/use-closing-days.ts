import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { closingDayKeys, LARGE_PAGE } from './session-keys';

export function getClosingDaysQueryOptions(page: number) {
  return queryOptions({
    queryKey: closingDayKeys.list({ page }),
    queryFn: () => unwrap(api.GET('/closing-days', { params: { query: { page, pageSize: LARGE_PAGE } } })),
  });
}

/** The organisation's closing days, by day. */
export function useClosingDays(page: number) {
  return useQuery(getClosingDaysQueryOptions(page));
}
