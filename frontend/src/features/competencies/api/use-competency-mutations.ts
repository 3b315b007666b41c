import { useMutation, useQueryClient } from '@tanstack/react-query';
import { competencyKeys, frameworkKeys } from '@/api/reference/competencies';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { CompetencyCreate, CompetencyUpdate } from './types';

/** Create, change or delete competencies of one framework; each refreshes every competency list (the
 * framework's and the options elsewhere) and the framework's count. */
export function useCompetencyMutations(frameworkId: string) {
  const queryClient = useQueryClient();
  // Not awaited: the mutation is done when the server answered; the lists catch up on their own.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: competencyKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: frameworkKeys.detail(frameworkId) });
    void queryClient.invalidateQueries({ queryKey: frameworkKeys.lists() });
  };
  return {
    create: useMutation({
      mutationFn: (body: CompetencyCreate) => unwrap(api.POST('/competencies', { body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: CompetencyUpdate }) =>
        unwrap(
          api.PATCH('/competencies/{competency_id}', {
            params: { path: { competency_id: id }, header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/competencies/{competency_id}', { params: { path: { competency_id: id } } })),
      onSuccess: refresh,
    }),
  };
}
