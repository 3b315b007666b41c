import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { reportKeys } from './report-keys';

export function getYearEvaluationsQueryOptions(year: number | null) {
  return queryOptions({
    queryKey: reportKeys.yearEvaluations(year),
    queryFn: () => unwrap(api.GET('/evaluation-overview', { params: { query: year === null ? {} : { year } } })),
    placeholderData: keepPreviousData,
  });
}

/** A year's evaluated interventions, trainers and locations side by side. */
export function useYearEvaluations(year: number | null) {
  return useQuery(getYearEvaluationsQueryOptions(year));
}
