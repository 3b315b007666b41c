import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { exportYearKeys } from './export-year-keys';

/** The year the exports offer first: the API's year rule (`GET /budget-years`: the most recent year with a
 * programme or a budget within the adopted plan), not today's year. */
export function getExportYearQueryOptions() {
  return queryOptions({
    queryKey: exportYearKeys.all,
    queryFn: () => unwrap(api.GET('/budget-years')),
  });
}

export function useExportYear(): number | undefined {
  return useQuery(getExportYearQueryOptions()).data?.defaultYear;
}
