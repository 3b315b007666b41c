import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { engagementKeys, programmeStakeholderKeys } from './stakeholder-keys';
import type { EngagementCreate, EngagementUpdate } from './types';

/** Create, change or delete engagements; each refreshes the engagement lists and the programmes' stakeholder
 * lists (they count each stakeholder's engagements). */
export function useEngagementMutations() {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: engagementKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: programmeStakeholderKeys.all });
  };
  return {
    create: useMutation({
      mutationFn: (body: EngagementCreate) => unwrap(api.POST('/engagements', { body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: EngagementUpdate }) =>
        unwrap(
          api.PATCH('/engagements/{engagement_id}', {
            params: { path: { engagement_id: id }, header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/engagements/{engagement_id}', { params: { path: { engagement_id: id } } })),
      onSuccess: refresh,
    }),
  };
}
