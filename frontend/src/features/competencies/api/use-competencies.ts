import { queryOptions, useQuery } from '@tanstack/react-query';
import { competencyKeys } from '@/api/reference/competencies';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';

/** A framework holds at most this many competencies on its page (the API's largest page). */
export const COMPETENCIES_PAGE_SIZE = 200;

export function getCompetenciesQueryOptions(frameworkId: string) {
  return queryOptions({
    queryKey: competencyKeys.list({ frameworkId }),
    queryFn: () =>
      unwrap(api.GET('/competencies', { params: { query: { frameworkId, pageSize: COMPETENCIES_PAGE_SIZE } } })),
  });
}

export function useCompetencies(frameworkId: string) {
  return useQuery(getCompetenciesQueryOptions(frameworkId));
}
