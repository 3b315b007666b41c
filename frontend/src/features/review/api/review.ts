import type { components } from '@/api/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { sessionKeys } from '@/lib/session';
import { unwrap } from '@/lib/unwrap';

export type ReviewProposal = components['schemas']['AnnualReviewProposal'];
export type ReviewItem = components['schemas']['ReviewItem'];
export type ReviewLine = components['schemas']['ReviewLine'];
export type ReviewCreate = components['schemas']['AnnualReviewCreate'];
export type ReviewResult = components['schemas']['AnnualReviewResult'];
export type Decision = components['schemas']['DecisionInput']['decision'];

export const reviewKeys = {
  all: ['annual-review'] as const,
  proposal: (planId: string, fromYear: number | undefined) => [...reviewKeys.all, planId, fromYear ?? 'default'] as const,
};

export function useReviewProposal(planId: string, fromYear: number | undefined) {
  return useQuery({
    queryKey: reviewKeys.proposal(planId, fromYear),
    queryFn: () =>
      unwrap(
        api.GET('/plans/{plan_id}/annual-review', {
          params: { path: { plan_id: planId }, query: fromYear ? { fromYear } : {} },
        }),
      ),
  });
}

export function usePerformReview(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewCreate) =>
      unwrap(api.POST('/plans/{plan_id}/annual-review', { params: { path: { plan_id: planId } }, body })),
    // The review changes the plan, two years' programmes and budgets: every cached view but the session reloads.
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.me[0] }),
  });
}
