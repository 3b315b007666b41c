import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { closingDayKeys } from './session-keys';
import type { ClosingDayCreate } from './types';

/** Add or delete closing days; the list refreshes. */
export function useClosingDayMutations() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: closingDayKeys.lists() });
  return {
    create: useMutation({
      mutationFn: (body: ClosingDayCreate) => unwrap(api.POST('/closing-days', { body })),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/closing-days/{closing_day_id}', { params: { path: { closing_day_id: id } } })),
      onSuccess: refresh,
    }),
  };
}
