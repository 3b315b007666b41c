import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { reportKeys } from './report-keys';
import type { EffectFilters } from './types';

export function getEffectReportQueryOptions(cohortId: string, filters: EffectFilters) {
  return queryOptions({
    queryKey: reportKeys.effect(cohortId, filters),
    queryFn: () => unwrap(api.GET('/cohorts/{cohort_id}/effect-report', {
      params: { path: { cohort_id: cohortId }, query: filters },
    })),
    placeholderData: keepPreviousData,
  });
}

/** A cohort's effect report, filtered by level, dimension and competency. */
export function useEffectReport(cohortId: string, filters: EffectFilters) {
  return useQuery(getEffectReportQueryOptions(cohortId, filters));
}
