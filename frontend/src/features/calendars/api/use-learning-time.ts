import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { calendarKeys } from './calendar-keys';

/** Every team's hours of a year against the norm; without a year the API's default year (as the budgets). */
export function getLearningTimeQueryOptions(year: number | undefined) {
  return queryOptions({
    queryKey: calendarKeys.teams(year),
    queryFn: () => unwrap(api.GET('/learning-time', { params: { query: year === undefined ? {} : { year } } })),
  });
}

export function useLearningTime(year: number | undefined) {
  return useQuery(getLearningTimeQueryOptions(year));
}
