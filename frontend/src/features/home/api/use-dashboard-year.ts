import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { homeKeys } from './home-keys';

/** The year the dashboard shows: the API's default year (the most recent year with data in the adopted plan). */
export function getDashboardYearQueryOptions() {
  return queryOptions({
    queryKey: homeKeys.years(),
    queryFn: () => unwrap(api.GET('/budget-years')),
  });
}

export function useDashboardYear() {
  return useQuery(getDashboardYearQueryOptions());
}
