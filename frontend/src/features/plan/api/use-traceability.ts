import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { planKeys } from './plan-keys';

/** The plan's whole tree with the interventions linked to it; also the source of the structure editor. */
export function getTraceabilityQueryOptions(id: string) {
  return queryOptions({
    queryKey: planKeys.traceability(id),
    queryFn: () => unwrap(api.GET('/plans/{plan_id}/traceability', { params: { path: { plan_id: id } } })),
  });
}

export function useTraceability(id: string) {
  return useQuery(getTraceabilityQueryOptions(id));
}
