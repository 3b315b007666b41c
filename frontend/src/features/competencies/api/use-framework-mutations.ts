import { useMutation, useQueryClient } from '@tanstack/react-query';
import { competencyKeys, frameworkKeys } from '@/api/reference/competencies';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { FrameworkCreate, FrameworkUpdate } from './types';

export function useCreateFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FrameworkCreate) => unwrap(api.POST('/competency-frameworks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: frameworkKeys.lists() }),
  });
}

export function useUpdateFramework(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: FrameworkUpdate }) =>
      unwrap(
        api.PATCH('/competency-frameworks/{framework_id}', {
          params: { path: { framework_id: id }, header: { 'If-Match': ifMatch(version) } },
          body: changes,
        }),
      ),
    onSuccess: (framework) => {
      queryClient.setQueryData(frameworkKeys.detail(id), framework);
      return queryClient.invalidateQueries({ queryKey: frameworkKeys.lists() });
    },
  });
}

/** A framework goes with its competencies, so every competency list (and option list) reloads too. */
export function useDeleteFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/competency-frameworks/{framework_id}', { params: { path: { framework_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: frameworkKeys.detail(id) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: frameworkKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: competencyKeys.lists() }),
      ]);
    },
  });
}
