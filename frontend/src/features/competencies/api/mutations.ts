import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { competencyKeys } from './competency-keys';
import type { CompetencyCreate, CompetencyUpdate, FrameworkCreate, FrameworkUpdate } from './types';

export function useCreateFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FrameworkCreate) => unwrap(api.POST('/competency-frameworks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competencyKeys.frameworkLists() }),
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
      queryClient.setQueryData(competencyKeys.framework(id), framework);
      return queryClient.invalidateQueries({ queryKey: competencyKeys.frameworkLists() });
    },
  });
}

export function useDeleteFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/competency-frameworks/{framework_id}', { params: { path: { framework_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: competencyKeys.framework(id) });
      return queryClient.invalidateQueries({ queryKey: competencyKeys.frameworkLists() });
    },
  });
}

/** Create, change or delete competencies of one framework; each refreshes the framework's list and count. */
export function useCompetencyMutations(frameworkId: string) {
  const queryClient = useQueryClient();
  // Not awaited: the mutation is done when the server answered; the lists catch up on their own.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: competencyKeys.competencies(frameworkId) });
    void queryClient.invalidateQueries({ queryKey: competencyKeys.framework(frameworkId) });
    void queryClient.invalidateQueries({ queryKey: competencyKeys.frameworkLists() });
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
