import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { GRID_PAGE_SIZE, engagementKeys } from './stakeholder-keys';
import type { EngagementListParams } from './types';

/** A programme's or a stakeholder's engagements, by date (earliest first). */
export function getEngagementsQueryOptions(params: EngagementListParams) {
  return queryOptions({
    queryKey: engagementKeys.list(params),
    queryFn: () =>
      unwrap(api.GET('/engagements', { params: { query: compact({ ...params, pageSize: GRID_PAGE_SIZE }) } })),
  });
}

export function useEngagements(params: EngagementListParams) {
  return useQuery(getEngagementsQueryOptions(params));
}
