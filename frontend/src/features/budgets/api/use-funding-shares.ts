import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { budgetKeys } from './budget-keys';

export function getFundingSharesQueryOptions(interventionId: string) {
  return queryOptions({
    queryKey: budgetKeys.shares(interventionId),
    queryFn: () =>
      unwrap(api.GET('/interventions/{intervention_id}/funding-shares', { params: { path: { intervention_id: interventionId } } })),
  });
}

/** Which streams pay an intervention, in percent (100 % of its funding stream unless it is shared). */
export function useFundingShares(interventionId: string) {
  return useQuery(getFundingSharesQueryOptions(interventionId));
}
