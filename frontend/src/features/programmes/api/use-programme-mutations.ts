import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { programmeKeys } from './programme-keys';
import type { DesignStep, Programme, ProgrammeCreate, ProgrammeUpdate, StepUpdate } from './types';

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeCreate) => unwrap(api.POST('/programmes', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.lists() }),
  });
}

/** After a change to a programme: its detail is the answer; its framework and checks (under its detail) reload. */
function useSettle() {
  const queryClient = useQueryClient();
  return (programme: Programme) => {
    queryClient.setQueryData(programmeKeys.detail(programme.id), programme);
    void queryClient.invalidateQueries({ queryKey: programmeKeys.detail(programme.id), predicate: (q) => q.queryKey.length > 3 });
    void queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
  };
}

export function useUpdateProgramme(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: ProgrammeUpdate }) =>
      unwrap(
        api.PATCH('/programmes/{programme_id}', {
          params: { path: { programme_id: id }, header: { 'If-Match': ifMatch(version) } },
          body: changes,
        }),
      ),
    onSuccess: settle,
  });
}

/** A step's notes and done mark (`done: false` clears who and when). */
export function useUpdateStep(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ version, step, body }: { version: number; step: DesignStep; body: StepUpdate }) =>
      unwrap(
        api.PUT('/programmes/{programme_id}/steps/{step}', {
          params: { path: { programme_id: id, step }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: settle,
  });
}

/** "Kopiëren als nieuw programma": a draft with the framework, insights and stakeholder links, without engagements. */
export function useCopyProgramme(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) =>
      unwrap(api.POST('/programmes/{programme_id}/copy', { params: { path: { programme_id: id } }, body: { title } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.lists() }),
  });
}

export function useDeleteProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/programmes/{programme_id}', { params: { path: { programme_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: programmeKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
    },
  });
}
