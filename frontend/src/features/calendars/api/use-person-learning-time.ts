import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { calendarKeys } from './calendar-keys';

export function getPersonLearningTimeQueryOptions(personId: string, year: number | undefined) {
  return queryOptions({
    queryKey: calendarKeys.person(personId, year),
    queryFn: () =>
      unwrap(api.GET('/people/{person_id}/learning-time', {
        params: { path: { person_id: personId }, query: year === undefined ? {} : { year } },
      })),
  });
}

export function usePersonLearningTime(personId: string, year: number | undefined) {
  return useQuery(getPersonLearningTimeQueryOptions(personId, year));
}
