import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { stakeholderKeys } from './stakeholder-keys';
import type { Quadrant, StakeholderListParams, StakeholderRole } from './types';

export function getStakeholdersQueryOptions(params: StakeholderListParams) {
  return queryOptions({
    queryKey: stakeholderKeys.list(params),
    queryFn: () =>
      unwrap(
        api.GET('/stakeholders', {
          params: {
            query: compact({
              ...params,
              role: (params.role || undefined) as StakeholderRole | undefined,
              quadrant: (params.quadrant || undefined) as Quadrant | undefined,
            }),
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useStakeholders(params: StakeholderListParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getStakeholdersQueryOptions(params), enabled });
}
