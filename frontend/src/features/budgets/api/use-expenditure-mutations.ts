import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { ExpenditureCreate, ExpenditureUpdate, Save } from './types';
import { useRefreshYear } from './use-refresh-year';

export function useSaveExpenditure(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: Save<ExpenditureCreate, ExpenditureUpdate>) =>
      'create' in input
        ? unwrap(api.POST('/expenditures', { body: input.create }))
        : unwrap(
            api.PATCH('/expenditures/{expenditure_id}', {
              params: { path: { expenditure_id: input.id }, header: { 'If-Match': ifMatch(input.version) } },
              body: input.changes,
            }),
          ),
    onSuccess: refresh,
  });
}

export function useDeleteExpenditure(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/expenditures/{expenditure_id}', { params: { path: { expenditure_id: id } } })),
    onSuccess: refresh,
  });
}
