import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { insightKeys } from './programme-keys';

/** A programme's insights (the API's largest page; an analysis holds far fewer). */
export function getInsightsQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: insightKeys.list({ programmeId }),
    queryFn: () => unwrap(api.GET('/insights', { params: { query: { programmeId, pageSize: 200 } } })),
  });
}

export function useInsights(programmeId: string) {
  return useQuery(getInsightsQueryOptions(programmeId));
}
