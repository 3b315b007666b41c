import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { BudgetCreate, BudgetUpdate, Save } from './types';
import { useRefreshYear } from './use-refresh-year';

export function useSaveBudget(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: Save<BudgetCreate, BudgetUpdate>) =>
      'create' in input
        ? unwrap(api.POST('/budgets', { body: input.create }))
        : unwrap(
            api.PATCH('/budgets/{budget_id}', {
              params: { path: { budget_id: input.id }, header: { 'If-Match': ifMatch(input.version) } },
              body: input.changes,
            }),
          ),
    onSuccess: refresh,
  });
}
