import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { catalogueKeys, type InterventionListParams } from './catalogue-keys';

export function getInterventionsQueryOptions(params: InterventionListParams) {
  return queryOptions({
    queryKey: catalogueKeys.list(params),
    queryFn: () => unwrap(api.GET('/interventions', { params: { query: compact(params) } })),
    placeholderData: keepPreviousData,
  });
}

export function useInterventions(params: InterventionListParams) {
  return useQuery(getInterventionsQueryOptions(params));
}
