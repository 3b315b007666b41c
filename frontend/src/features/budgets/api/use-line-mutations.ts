import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { BudgetLineCreate, BudgetLineUpdate, Save } from './types';
import { useRefreshYear } from './use-refresh-year';

export function useSaveLine(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: Save<BudgetLineCreate, BudgetLineUpdate>) =>
      'create' in input
        ? unwrap(api.POST('/budget-lines', { body: input.create }))
        : unwrap(
            api.PATCH('/budget-lines/{line_id}', {
              params: { path: { line_id: input.id }, header: { 'If-Match': ifMatch(input.version) } },
              body: input.changes,
            }),
          ),
    onSuccess: refresh,
  });
}

export function useDeleteLine(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/budget-lines/{line_id}', { params: { path: { line_id: id } } })),
    onSuccess: refresh,
  });
}

/** Lines for the year's programme interventions that have none yet (in the streams that pay them). */
export function useLinesFromProgramme(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: () => unwrap(api.POST('/budget-lines/from-programme', { params: { query: { year } } })),
    onSuccess: refresh,
  });
}
