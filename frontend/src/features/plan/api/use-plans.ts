import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { planKeys, type PlanListParams } from './plan-keys';
import type { PlanStatus } from './types';

export function getPlansQueryOptions(params: PlanListParams) {
  return queryOptions({
    queryKey: planKeys.list(params),
    queryFn: () =>
      unwrap(
        api.GET('/plans', {
          params: { query: compact({ ...params, status: (params.status || undefined) as PlanStatus | undefined }) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePlans(params: PlanListParams) {
  return useQuery(getPlansQueryOptions(params));
}
