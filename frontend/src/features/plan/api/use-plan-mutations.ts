import { useMutation, useQueryClient } from '@tanstack/react-query';
import { learningGoalKeys } from '@/api/reference/learning-goals';
import { themeKeys } from '@/api/reference/themes';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { planKeys } from './plan-keys';
import type { PlanCreate, PlanUpdate } from './types';

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanCreate) => unwrap(api.POST('/plans', { body })),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: planKeys.lists() });
    },
  });
}

export function useUpdatePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: PlanUpdate }) =>
      unwrap(
        api.PATCH('/plans/{plan_id}', {
          params: { path: { plan_id: id }, header: { 'If-Match': ifMatch(version) } },
          body: changes,
        }),
      ),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(id), plan);
      void queryClient.invalidateQueries({ queryKey: planKeys.traceability(id) });
      return queryClient.invalidateQueries({ queryKey: planKeys.lists() });
    },
  });
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/plans/{plan_id}', { params: { path: { plan_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: planKeys.detail(id) });
      queryClient.removeQueries({ queryKey: planKeys.traceability(id) });
      // The plan's learning goals and themes went with it.
      return Promise.all(
        [planKeys.lists(), learningGoalKeys.lists(), themeKeys.lists()].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
