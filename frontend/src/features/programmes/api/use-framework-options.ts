import { queryOptions, useQuery } from '@tanstack/react-query';
import { frameworkKeys } from '@/api/reference/competencies';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';

/** The organisation's competency frameworks (both kinds): a programme builds on one of each. */
export function getFrameworkOptionsQueryOptions() {
  return queryOptions({
    queryKey: frameworkKeys.list({ options: true }),
    queryFn: () => unwrap(api.GET('/competency-frameworks', { params: { query: { pageSize: 200 } } })),
    staleTime: 60_000,
  });
}

export function useFrameworkOptions() {
  return useQuery(getFrameworkOptionsQueryOptions());
}
