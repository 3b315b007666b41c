import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { reportKeys } from './report-keys';

export function getEvaluationReportQueryOptions(interventionId: string, year: number | null) {
  return queryOptions({
    queryKey: reportKeys.evaluation(interventionId, year),
    queryFn: () => unwrap(api.GET('/interventions/{intervention_id}/evaluation-report', {
      params: { path: { intervention_id: interventionId }, query: year === null ? {} : { year } },
    })),
    placeholderData: keepPreviousData,
  });
}

/** An intervention's evaluations in a year (null: the API's choice, its most recent year with evaluations). */
export function useEvaluationReport(interventionId: string, year: number | null) {
  return useQuery(getEvaluationReportQueryOptions(interventionId, year));
}
