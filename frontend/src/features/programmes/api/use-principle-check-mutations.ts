import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { principleCheckKeys } from './principle-check-keys';
import type { ChecklistItemName } from './use-principle-checks';

/** Tick or untick a checklist item of the principle checks; each reloads the checks (the principle's status). */
export function usePrincipleCheckMutations(programmeId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: principleCheckKeys.detail(programmeId) });
  const path = (item: ChecklistItemName) => ({ programme_id: programmeId, item });
  return {
    confirm: useMutation({
      mutationFn: ({ item, note = '' }: { item: ChecklistItemName; note?: string }) =>
        unwrap(api.PUT('/programmes/{programme_id}/principle-checks/items/{item}', { params: { path: path(item) }, body: { note } })),
      onSuccess: refresh,
    }),
    unconfirm: useMutation({
      mutationFn: (item: ChecklistItemName) =>
        unwrap(api.DELETE('/programmes/{programme_id}/principle-checks/items/{item}', { params: { path: path(item) } })),
      onSuccess: refresh,
    }),
  };
}
