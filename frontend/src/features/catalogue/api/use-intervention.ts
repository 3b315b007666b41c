import { queryOptions, useQuery } from '@tanstack/react-query';
import { interventionKeys } from '@/api/reference/interventions';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';

export function getInterventionQueryOptions(id: string) {
  return queryOptions({
    queryKey: interventionKeys.detail(id),
    queryFn: () =>
      unwrap(api.GET('/interventions/{intervention_id}', { params: { path: { intervention_id: id } } })),
  });
}

export function useIntervention(id: string) {
  return useQuery(getInterventionQueryOptions(id));
}
