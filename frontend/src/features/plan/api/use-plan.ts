import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { planKeys } from './plan-keys';

export function getPlanQueryOptions(id: string) {
  return queryOptions({
    queryKey: planKeys.detail(id),
    queryFn: () => unwrap(api.GET('/plans/{plan_id}', { params: { path: { plan_id: id } } })),
  });
}

export function usePlan(id: string) {
  return useQuery(getPlanQueryOptions(id));
}
