import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { parseLinksCsv } from '../lib/csv';
import { roundKeys } from './round-keys';
import type { AnonymityMode, MadeInvitations, ProposedRound, RoundUpdate } from './types';

/** Make rounds: the cohort's proposed ones in one step, or a session's evaluation. Each refreshes the lists and the
 * proposals. */
export function useRoundCreation() {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: roundKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: roundKeys.proposals() });
  };
  return {
    createForCohort: useMutation({
      mutationFn: ({ cohortId, ...body }: { cohortId: string; instrumentId: string; anonymity: AnonymityMode;
        rounds: ProposedRound[] }) =>
        unwrap(api.POST('/cohorts/{cohort_id}/rounds', { params: { path: { cohort_id: cohortId } }, body })),
      onSuccess: refresh,
    }),
    createEvaluation: useMutation({
      mutationFn: (body: { instrumentId: string; sessionId: string; opensAt: string; closesAt: string;
        anonymity: AnonymityMode }) =>
        unwrap(api.POST('/rounds', { body: { ...body, moment: 'evaluation', title: '', message: '' } })),
      onSuccess: refresh,
    }),
  };
}

/** Change, delete, invite, send and remind for one round; each refreshes the round (its completion) and what it
 * touched. */
export function useRoundMutations(roundId: string) {
  const queryClient = useQueryClient();
  const path = { round_id: roundId };
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: roundKeys.detail(roundId) });
    void queryClient.invalidateQueries({ queryKey: roundKeys.lists() });
  };
  return {
    update: useMutation({
      mutationFn: ({ version, changes }: { version: number; changes: RoundUpdate }) =>
        unwrap(api.PATCH('/rounds/{round_id}', {
          params: { path, header: { 'If-Match': ifMatch(version) } }, body: changes,
        })),
      onSuccess: (round) => {
        queryClient.setQueryData(roundKeys.detail(roundId), round);
        void queryClient.invalidateQueries({ queryKey: roundKeys.lists() });
      },
    }),
    remove: useMutation({
      mutationFn: () => unwrap(api.DELETE('/rounds/{round_id}', { params: { path } })),
      onSuccess: () => {
        queryClient.removeQueries({ queryKey: roundKeys.detail(roundId) });
        void queryClient.invalidateQueries({ queryKey: roundKeys.lists() });
        void queryClient.invalidateQueries({ queryKey: roundKeys.proposals() });
      },
    }),
    invite: useMutation({
      // The CSV for a mail merge, as the server writes it; its rows are shown once, then only the download stays.
      mutationFn: async (): Promise<MadeInvitations> => {
        const { data, response } = await api.POST('/rounds/{round_id}/invitations', {
          params: { path }, headers: { Accept: 'text/csv' }, parseAs: 'blob',
        });
        if (!response.ok || !data) throw new Error(`HTTP ${response.status}`);
        const csv = data as Blob;
        return { csv, links: parseLinksCsv(await csv.text()) };
      },
      onSuccess: () => {
        refresh();
        void queryClient.invalidateQueries({ queryKey: roundKeys.invitationsAll(roundId) });
      },
    }),
    send: useMutation({
      mutationFn: () => unwrap(api.POST('/rounds/{round_id}/invitations/send', { params: { path } })),
      onSuccess: () => {
        refresh();
        void queryClient.invalidateQueries({ queryKey: roundKeys.invitationsAll(roundId) });
      },
    }),
    remind: useMutation({
      mutationFn: () => unwrap(api.POST('/rounds/{round_id}/reminders', { params: { path } })),
      onSuccess: () => {
        refresh();
        void queryClient.invalidateQueries({ queryKey: roundKeys.invitationsAll(roundId) });
      },
    }),
  };
}
