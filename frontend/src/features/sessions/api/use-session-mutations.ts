import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { sessionKeys, trainerKeys } from './session-keys';
import type { AttendanceEntry, Session, SessionCreate, SessionUpdate } from './types';

/** Plan, change or delete sessions; each refreshes the lists, the months and the trainers' session counts. */
export function useSessionMutations() {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
    void queryClient.invalidateQueries({ queryKey: trainerKeys.lists() });
  };
  return {
    create: useMutation({
      mutationFn: (body: SessionCreate) => unwrap(api.POST('/sessions', { body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: SessionUpdate }) =>
        unwrap(api.PATCH('/sessions/{session_id}', {
          params: { path: { session_id: id }, header: { 'If-Match': ifMatch(version) } },
          body: changes,
        })),
      onSuccess: (session) => {
        queryClient.setQueryData(sessionKeys.detail(session.id), session);
        refresh();
      },
    }),
    remove: useMutation({
      mutationFn: (id: string) => unwrap(api.DELETE('/sessions/{session_id}', { params: { path: { session_id: id } } })),
      onSuccess: (_data, id) => {
        queryClient.removeQueries({ queryKey: sessionKeys.detail(id) });
        refresh();
      },
    }),
  };
}

/** Add or remove a session's attendees and take its attendance; the session's counts and its list refresh. */
export function useAttendeeMutations(sessionId: string) {
  const queryClient = useQueryClient();
  const path = { session_id: sessionId };
  const refresh = (session?: Session) => {
    if (session) queryClient.setQueryData(sessionKeys.detail(sessionId), session);
    else void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(sessionId) });
    void queryClient.invalidateQueries({ queryKey: sessionKeys.attendees(sessionId) });
    void queryClient.invalidateQueries({ queryKey: sessionKeys.lists() });
  };
  return {
    add: useMutation({
      mutationFn: (personIds: string[]) =>
        unwrap(api.POST('/sessions/{session_id}/attendees', { params: { path }, body: { personIds } })),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (personId: string) =>
        unwrap(api.DELETE('/sessions/{session_id}/attendees/{person_id}', {
          params: { path: { ...path, person_id: personId } },
        })),
      onSuccess: () => refresh(),
    }),
    take: useMutation({
      mutationFn: (entries: AttendanceEntry[]) =>
        unwrap(api.PUT('/sessions/{session_id}/attendance', { params: { path }, body: { entries } })),
      onSuccess: refresh,
    }),
  };
}
