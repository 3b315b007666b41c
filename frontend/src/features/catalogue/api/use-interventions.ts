import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { interventionKeys, type InterventionListParams } from '@/api/reference/interventions';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';

export function getInterventionsQueryOptions(params: InterventionListParams) {
  return queryOptions({
    queryKey: interventionKeys.list(params),
    queryFn: () => unwrap(api.GET('/interventions', { params: { query: compact(params) } })),
    placeholderData: keepPreviousData,
  });
}

export function useInterventions(params: InterventionListParams) {
  return useQuery(getInterventionsQueryOptions(params));
}
