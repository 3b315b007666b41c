import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { calendarKeys } from './calendar-keys';

export function getCohortLearningTimeQueryOptions(cohortId: string) {
  return queryOptions({
    queryKey: calendarKeys.cohort(cohortId),
    queryFn: () =>
      unwrap(api.GET('/cohorts/{cohort_id}/learning-time', { params: { path: { cohort_id: cohortId } } })),
  });
}

export function useCohortLearningTime(cohortId: string) {
  return useQuery(getCohortLearningTimeQueryOptions(cohortId));
}
