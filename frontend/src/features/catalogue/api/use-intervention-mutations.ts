import { useMutation, useQueryClient } from '@tanstack/react-query';
import { interventionKeys } from '@/api/reference/interventions';
import { api, fileBody, ifMatch, type FileImport } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { InterventionCreate, InterventionUpdate } from './types';

// Every change invalidates `interventionKeys.lists()`: the catalogue's pages and the options other features show.

export function useCreateIntervention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InterventionCreate) => unwrap(api.POST('/interventions', { body })),
    onSuccess: (intervention) => {
      queryClient.setQueryData(interventionKeys.detail(intervention.id), intervention);
      return queryClient.invalidateQueries({ queryKey: interventionKeys.lists() });
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
      queryClient.setQueryData(interventionKeys.detail(id), intervention);
      return queryClient.invalidateQueries({ queryKey: interventionKeys.lists() });
    },
  });
}

export function useDeleteIntervention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/interventions/{intervention_id}', { params: { path: { intervention_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: interventionKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: interventionKeys.lists() });
    },
  });
}

export interface ImportRequest extends FileImport {
  /** How the file writes numbers; without it the server goes by the language of the headers. */
  numberFormat?: 'nl' | 'en';
}

/** Uploads a CSV or XLSX file; with `dryRun` the server only validates and previews. */
export function useImportInterventions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, onlyValid, numberFormat }: ImportRequest) =>
      unwrap(
        api.POST('/interventions/import', {
          params: { query: { dryRun, onlyValid, ...(numberFormat ? { numberFormat } : {}) } },
          ...fileBody(file),
        }),
      ),
    onSuccess: (result) =>
      result.created > 0 ? queryClient.invalidateQueries({ queryKey: interventionKeys.lists() }) : undefined,
  });
}
