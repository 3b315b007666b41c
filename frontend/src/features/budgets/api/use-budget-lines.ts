import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { ALL_OF_YEAR, budgetKeys } from './budget-keys';

export function getBudgetLinesQueryOptions(year: number) {
  return queryOptions({
    queryKey: budgetKeys.lines(year),
    queryFn: () => unwrap(api.GET('/budget-lines', { params: { query: { year, sort: 'stream,title', ...ALL_OF_YEAR } } })),
  });
}

export function useBudgetLines(year: number) {
  return useQuery(getBudgetLinesQueryOptions(year));
}
