import { queryOptions, useQuery } from '@tanstack/react-query';
import { competencyKeys } from '@/api/reference/competencies';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';

/** The competencies of the programme's competency framework: the phases' focus is picked from them. */
export function getFrameworkCompetenciesQueryOptions(frameworkId: string) {
  return queryOptions({
    queryKey: competencyKeys.list({ frameworkId }),
    queryFn: () => unwrap(api.GET('/competencies', { params: { query: { frameworkId, pageSize: 200 } } })),
  });
}

export function useFrameworkCompetencies(frameworkId: string | null) {
  return useQuery({ ...getFrameworkCompetenciesQueryOptions(frameworkId ?? ''), enabled: !!frameworkId });
}
