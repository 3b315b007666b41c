import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { ALL_OF_YEAR, budgetKeys } from './budget-keys';

export function getBudgetsQueryOptions(year: number) {
  return queryOptions({
    queryKey: budgetKeys.budgets(year),
    queryFn: () => unwrap(api.GET('/budgets', { params: { query: { year, ...ALL_OF_YEAR } } })),
  });
}

export function useBudgets(year: number) {
  return useQuery(getBudgetsQueryOptions(year));
}
