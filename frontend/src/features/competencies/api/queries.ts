import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { competencyKeys, type FrameworkListParams } from './competency-keys';
import type { FrameworkKind } from './types';

/** A framework holds at most this many competencies on its page (the API's largest page). */
export const COMPETENCIES_PAGE_SIZE = 200;

export function getFrameworksQueryOptions(params: FrameworkListParams) {
  return queryOptions({
    queryKey: competencyKeys.frameworkList(params),
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

export function useFramework(id: string) {
  return useQuery({
    queryKey: competencyKeys.framework(id),
    queryFn: () =>
      unwrap(api.GET('/competency-frameworks/{framework_id}', { params: { path: { framework_id: id } } })),
  });
}

export function useCompetencies(frameworkId: string) {
  return useQuery({
    queryKey: competencyKeys.competencies(frameworkId),
    queryFn: () =>
      unwrap(
        api.GET('/competencies', {
          params: { query: { frameworkId, pageSize: COMPETENCIES_PAGE_SIZE } },
        }),
      ),
  });
}
