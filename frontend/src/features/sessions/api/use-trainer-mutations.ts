import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { sessionKeys, trainerKeys } from './session-keys';
import type { TrainerCreate, TrainerUpdate } from './types';

/** Add, change or delete trainers; a change also refreshes the sessions (they show the trainer's name). */
export function useTrainerMutations() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trainerKeys.lists() });
  return {
    create: useMutation({
      mutationFn: (body: TrainerCreate) => unwrap(api.POST('/trainers', { body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: TrainerUpdate }) =>
        unwrap(api.PATCH('/trainers/{trainer_id}', {
          params: { path: { trainer_id: id }, header: { 'If-Match': ifMatch(version) } },
          body: changes,
        })),
      onSuccess: (trainer) => {
        queryClient.setQueryData(trainerKeys.detail(trainer.id), trainer);
        refresh();
        void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
      },
    }),
    remove: useMutation({
      mutationFn: (id: string) => unwrap(api.DELETE('/trainers/{trainer_id}', { params: { path: { trainer_id: id } } })),
      onSuccess: (_data, id) => {
        queryClient.removeQueries({ queryKey: trainerKeys.detail(id) });
        refresh();
        void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
      },
    }),
  };
}
