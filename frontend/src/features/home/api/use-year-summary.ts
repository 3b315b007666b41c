import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { homeKeys } from './home-keys';

export function getYearSummaryQueryOptions(year: number) {
  return queryOptions({
    queryKey: homeKeys.summary(year),
    queryFn: () => unwrap(api.GET('/budget-summary', { params: { query: { year } } })),
  });
}

/** The year's budget summary (streams, programme size, warnings); waits until the year is known. */
export function useYearSummary(year: number | undefined) {
  return useQuery({ ...getYearSummaryQueryOptions(year ?? 0), enabled: year !== undefined });
}
