import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { insightKeys, programmeKeys } from './programme-keys';
import type { InsightCreate, InsightUpdate } from './types';

/** Add, change or delete a programme's insights; each reloads its insights and its checks. */
export function useInsightMutations(programmeId: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: insightKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: programmeKeys.checks(programmeId) });
  };
  return {
    create: useMutation({
      mutationFn: (body: Omit<InsightCreate, 'programmeId'>) => unwrap(api.POST('/insights', { body: { ...body, programmeId } })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: InsightUpdate }) =>
        unwrap(
          api.PATCH('/insights/{insight_id}', {
            params: { path: { insight_id: id }, header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => unwrap(api.DELETE('/insights/{insight_id}', { params: { path: { insight_id: id } } })),
      onSuccess: refresh,
    }),
  };
}
