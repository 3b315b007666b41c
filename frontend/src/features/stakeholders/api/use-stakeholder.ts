import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { stakeholderKeys } from './stakeholder-keys';

export function getStakeholderQueryOptions(id: string) {
  return queryOptions({
    queryKey: stakeholderKeys.detail(id),
    queryFn: () => unwrap(api.GET('/stakeholders/{stakeholder_id}', { params: { path: { stakeholder_id: id } } })),
  });
}

export function useStakeholder(id: string) {
  return useQuery(getStakeholderQueryOptions(id));
}
