import { queryOptions, useQuery } from '@tanstack/react-query';
import { frameworkKeys } from '@/api/reference/competencies';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';

export function getFrameworkQueryOptions(id: string) {
  return queryOptions({
    queryKey: frameworkKeys.detail(id),
    queryFn: () =>
      unwrap(api.GET('/competency-frameworks/{framework_id}', { params: { path: { framework_id: id } } })),
  });
}

export function useFramework(id: string) {
  return useQuery(getFrameworkQueryOptions(id));
}
