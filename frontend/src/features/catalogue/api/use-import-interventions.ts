import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { catalogueKeys } from './catalogue-keys';

export interface ImportRequest {
  file: File;
  dryRun: boolean;
  onlyValid: boolean;
}

/** Uploads a CSV or XLSX file; with `dryRun` the server only validates and previews. */
export function useImportInterventions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, onlyValid }: ImportRequest) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/interventions/import', {
          params: { query: { dryRun, onlyValid } },
          // The generated type describes the multipart fields; the browser sends the FormData itself.
          body: form as unknown as { file: string },
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: (result) =>
      result.created > 0 ? queryClient.invalidateQueries({ queryKey: catalogueKeys.lists() }) : undefined,
  });
}
