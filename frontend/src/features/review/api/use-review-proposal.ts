import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { reviewKeys } from './review-keys';

export function getReviewProposalQueryOptions(planId: string, fromYear: number | undefined) {
  return queryOptions({
    queryKey: reviewKeys.proposal(planId, fromYear),
    queryFn: () =>
      unwrap(
        api.GET('/plans/{plan_id}/annual-review', {
          params: { path: { plan_id: planId }, query: fromYear ? { fromYear } : {} },
        }),
      ),
  });
}

export function useReviewProposal(planId: string, fromYear: number | undefined) {
  return useQuery(getReviewProposalQueryOptions(planId, fromYear));
}
