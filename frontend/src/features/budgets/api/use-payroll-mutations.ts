import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { PayrollCreate, PayrollUpdate, Save } from './types';
import { useRefreshYear } from './use-refresh-year';

export function useSavePayroll(year: number) {
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (input: Save<PayrollCreate, PayrollUpdate>) =>
      'create' in input
        ? unwrap(api.POST('/payrolls', { body: input.create }))
        : unwrap(
            api.PATCH('/payrolls/{payroll_id}', {
              params: { path: { payroll_id: input.id }, header: { 'If-Match': ifMatch(input.version) } },
              body: input.changes,
            }),
          ),
    onSuccess: refresh,
  });
}
