import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { sessionKeys } from '@/lib/session';
import { unwrap } from '@/lib/unwrap';
import type { ReviewCreate } from './types';

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
