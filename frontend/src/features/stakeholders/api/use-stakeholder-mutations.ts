import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { engagementKeys, programmeStakeholderKeys, stakeholderKeys } from './stakeholder-keys';
import type { StakeholderCreate, StakeholderUpdate } from './types';

/** Create, change or delete stakeholders; each refreshes the stakeholder lists and the programmes' links (a
 * programme's grid shows the same people), a delete also the engagements (they lose a participant). */
export function useStakeholderMutations() {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: stakeholderKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: programmeStakeholderKeys.all });
  };
  return {
    create: useMutation({
      mutationFn: (body: StakeholderCreate) => unwrap(api.POST('/stakeholders', { body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: StakeholderUpdate }) =>
        unwrap(
          api.PATCH('/stakeholders/{stakeholder_id}', {
            params: { path: { stakeholder_id: id }, header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: (stakeholder) => {
        queryClient.setQueryData(stakeholderKeys.detail(stakeholder.id), stakeholder);
        refresh();
      },
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/stakeholders/{stakeholder_id}', { params: { path: { stakeholder_id: id } } })),
      onSuccess: (_data, id) => {
        queryClient.removeQueries({ queryKey: stakeholderKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: engagementKeys.lists() });
        refresh();
      },
    }),
  };
}

/** Link a stakeholder to a programme or unlink it (both idempotent); the programme's list and the
 * stakeholders' programme ids refresh. */
export function useProgrammeLinkMutations(programmeId: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: programmeStakeholderKeys.programme(programmeId) });
    void queryClient.invalidateQueries({ queryKey: stakeholderKeys.all });
  };
  const path = (stakeholderId: string) => ({ programme_id: programmeId, stakeholder_id: stakeholderId });
  return {
    link: useMutation({
      mutationFn: (stakeholderId: string) =>
        unwrap(api.PUT('/programmes/{programme_id}/stakeholders/{stakeholder_id}',
          { params: { path: path(stakeholderId) } })),
      onSuccess: refresh,
    }),
    unlink: useMutation({
      mutationFn: (stakeholderId: string) =>
        unwrap(api.DELETE('/programmes/{programme_id}/stakeholders/{stakeholder_id}',
          { params: { path: path(stakeholderId) } })),
      onSuccess: refresh,
    }),
  };
}
