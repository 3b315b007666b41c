import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { budgetKeys } from './budget-keys';

export function getBudgetSummaryQueryOptions(year: number) {
  return queryOptions({
    queryKey: budgetKeys.summary(year),
    queryFn: () => unwrap(api.GET('/budget-summary', { params: { query: { year } } })),
  });
}

export function useBudgetSummary(year: number) {
  return useQuery(getBudgetSummaryQueryOptions(year));
}
