import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { cohortKeys, FULL_PAGE, peopleSearchKeys, programmeOptionKeys } from './cohort-keys';
import type { CohortListParams, CohortStatus, PersonHit } from './types';

export function getCohortsQueryOptions(params: CohortListParams) {
  return queryOptions({
    queryKey: cohortKeys.list(params),
    queryFn: () =>
      unwrap(api.GET('/cohorts', {
        params: { query: compact({ ...params, status: (params.status || undefined) as CohortStatus | undefined }) },
      })),
    placeholderData: keepPreviousData,
  });
}

export function useCohorts(params: CohortListParams) {
  return useQuery(getCohortsQueryOptions(params));
}

export function useCohort(id: string) {
  return useQuery({
    queryKey: cohortKeys.detail(id),
    queryFn: () => unwrap(api.GET('/cohorts/{cohort_id}', { params: { path: { cohort_id: id } } })),
  });
}

export function useEnrolments(id: string) {
  return useQuery({
    queryKey: cohortKeys.enrolments(id),
    queryFn: () => unwrap(api.GET('/cohorts/{cohort_id}/enrolments', {
      params: { path: { cohort_id: id }, query: { pageSize: FULL_PAGE } },
    })),
  });
}

export function useBuddyPairs(id: string) {
  return useQuery({
    queryKey: cohortKeys.buddyPairs(id),
    queryFn: () => unwrap(api.GET('/cohorts/{cohort_id}/buddy-pairs', { params: { path: { cohort_id: id } } })),
  });
}

export function useSchedule(id: string) {
  return useQuery({
    queryKey: cohortKeys.schedule(id),
    queryFn: () => unwrap(api.GET('/cohorts/{cohort_id}/schedule', {
      params: { path: { cohort_id: id }, query: { pageSize: FULL_PAGE } },
    })),
  });
}

/** The programmes to pick from when a cohort is made, by title. */
export function useProgrammeOptions() {
  return useQuery({
    queryKey: programmeOptionKeys,
    queryFn: () => unwrap(api.GET('/programmes', { params: { query: { pageSize: FULL_PAGE } } })),
    select: (page) => page.items.map((p) => ({ id: p.id, title: p.title, durationMonths: p.durationMonths })),
  });
}

interface PeoplePage { items: PersonHit[]; total: number }

/** People whose name, number or team holds `search` (`GET /people?search=`, issue 15's contract). Called
 * untyped until the people API is in the generated schema: the lead can drop the cast at the merge. */
export function usePeopleSearch(search: string) {
  return useQuery({
    queryKey: peopleSearchKeys(search),
    enabled: search.trim().length >= 2,
    queryFn: async () => {
      const get = api.GET as unknown as (path: string, init: object) => Promise<{ data?: PeoplePage; error?: unknown;
        response: Response }>;
      return unwrap(get('/people', { params: { query: { search: search.trim(), pageSize: 20 } } }));
    },
  });
}
