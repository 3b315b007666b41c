import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { frameworkKeys } from '@/api/reference/competencies';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import type { FrameworkKind, FrameworkListParams } from './types';

export function getFrameworksQueryOptions(params: FrameworkListParams) {
  return queryOptions({
    queryKey: frameworkKeys.list(params),
    queryFn: () =>
      unwrap(
        api.GET('/competency-frameworks', {
          params: { query: compact({ ...params, kind: (params.kind || undefined) as FrameworkKind | undefined }) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useFrameworks(params: FrameworkListParams) {
  return useQuery(getFrameworksQueryOptions(params));
}
