import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { budgetKeys } from './budget-keys';
import type { FundingSharesUpdate } from './types';
import { useRefreshYear } from './use-refresh-year';

/** Replace an intervention's shares; the year (its summary lists shared amounts) is refetched too. */
export function useSaveFundingShares(year: number, interventionId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshYear(year);
  return useMutation({
    mutationFn: (body: FundingSharesUpdate) =>
      unwrap(api.PUT('/interventions/{intervention_id}/funding-shares', { params: { path: { intervention_id: interventionId } }, body })),
    onSuccess: (data) => {
      queryClient.setQueryData(budgetKeys.shares(interventionId), data);
      return refresh();
    },
  });
}
