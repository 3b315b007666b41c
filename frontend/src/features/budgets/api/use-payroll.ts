import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { budgetKeys } from './budget-keys';

export function getPayrollQueryOptions(year: number) {
  return queryOptions({
    queryKey: budgetKeys.payroll(year),
    queryFn: () => unwrap(api.GET('/payrolls', { params: { query: { year } } })),
  });
}

export function usePayroll(year: number) {
  return useQuery(getPayrollQueryOptions(year));
}
