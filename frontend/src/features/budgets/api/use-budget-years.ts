import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { budgetKeys } from './budget-keys';

/** The year pages open on and the years to pick from (years with data first), as the API's rule gives them. */
export function getBudgetYearsQueryOptions() {
  return queryOptions({
    queryKey: budgetKeys.years(),
    queryFn: () => unwrap(api.GET('/budget-years')),
  });
}

export function useBudgetYears() {
  return useQuery(getBudgetYearsQueryOptions());
}
