import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { reportKeys } from './report-keys';

export function getEffectOverviewQueryOptions() {
  return queryOptions({
    queryKey: reportKeys.effectOverview(),
    queryFn: () => unwrap(api.GET('/effect-overview')),
  });
}

/** Per programme its cohorts with response rates and headline effects. */
export function useEffectOverview() {
  return useQuery(getEffectOverviewQueryOptions());
}
