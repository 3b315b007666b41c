import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { cohortKeys, FULL_PAGE, programmeOptionKeys } from './cohort-keys';
import type { CohortListParams, CohortStatus } from './types';

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
