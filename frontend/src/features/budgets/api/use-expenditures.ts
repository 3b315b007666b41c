import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { ALL_OF_YEAR, budgetKeys } from './budget-keys';

export function getExpendituresQueryOptions(lineId: string) {
  return queryOptions({
    queryKey: budgetKeys.expenditures(lineId),
    queryFn: () => unwrap(api.GET('/expenditures', { params: { query: { budgetLineId: lineId, ...ALL_OF_YEAR } } })),
  });
}

/** A line's expenditures, fetched once the line is opened. */
export function useExpenditures(lineId: string, enabled: boolean) {
  return useQuery({ ...getExpendituresQueryOptions(lineId), enabled });
}
