import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { catalogueKeys } from './catalogue-keys';
import type { InterventionCreate, InterventionUpdate } from './types';

export function useCreateIntervention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InterventionCreate) => unwrap(api.POST('/interventions', { body })),
    onSuccess: (intervention) => {
      queryClient.setQueryData(catalogueKeys.detail(intervention.id), intervention);
      return queryClient.invalidateQueries({ queryKey: catalogueKeys.lists() });
    },
  });
}

export function useUpdateIntervention(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: InterventionUpdate }) =>
      unwrap(
        api.PATCH('/interventions/{intervention_id}', {
          params: { path: { intervention_id: id }, header: { 'If-Match': ifMatch(version) } },
          body: changes,
        }),
      ),
    onSuccess: (intervention) => {
      queryClient.setQueryData(catalogueKeys.detail(id), intervention);
      return queryClient.invalidateQueries({ queryKey: catalogueKeys.lists() });
    },
  });
}

export function useDeleteIntervention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/interventions/{intervention_id}', { params: { path: { intervention_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: catalogueKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: catalogueKeys.lists() });
    },
  });
}
