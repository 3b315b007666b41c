import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { cohortKeys } from './cohort-keys';
import type { CohortCreate, CohortUpdate, EnrolmentRole, ScheduleItem } from './types';

/** Create, change or delete cohorts; each refreshes the lists. */
export function useCohortMutations() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: cohortKeys.lists() });
  return {
    create: useMutation({
      mutationFn: (body: CohortCreate) => unwrap(api.POST('/cohorts', { body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: CohortUpdate }) =>
        unwrap(api.PATCH('/cohorts/{cohort_id}', {
          params: { path: { cohort_id: id }, header: { 'If-Match': ifMatch(version) } }, body: changes,
        })),
      onSuccess: (cohort) => {
        queryClient.setQueryData(cohortKeys.detail(cohort.id), cohort);
        refresh();
      },
    }),
    remove: useMutation({
      mutationFn: (id: string) => unwrap(api.DELETE('/cohorts/{cohort_id}', { params: { path: { cohort_id: id } } })),
      onSuccess: (_data, id) => {
        queryClient.removeQueries({ queryKey: cohortKeys.detail(id) });
        refresh();
      },
    }),
  };
}

/** A cohort's people, pairs and schedule; each change refreshes the cohort (its counts) and what it touches. */
export function useCohortWork(cohortId: string) {
  const queryClient = useQueryClient();
  const path = { cohort_id: cohortId };
  const refresh = () => void queryClient.invalidateQueries({ queryKey: cohortKeys.detail(cohortId) });
  return {
    enrol: useMutation({
      mutationFn: (body: { personIds: string[]; role: EnrolmentRole }) =>
        unwrap(api.POST('/cohorts/{cohort_id}/enrolments', { params: { path }, body })),
      onSuccess: refresh,
    }),
    changeRole: useMutation({
      mutationFn: ({ id, version, role }: { id: string; version: number; role: EnrolmentRole }) =>
        unwrap(api.PATCH('/cohorts/{cohort_id}/enrolments/{enrolment_id}', {
          params: { path: { ...path, enrolment_id: id }, header: { 'If-Match': ifMatch(version) } }, body: { role },
        })),
      onSuccess: refresh,
    }),
    unenrol: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/cohorts/{cohort_id}/enrolments/{enrolment_id}',
          { params: { path: { ...path, enrolment_id: id } } })),
      onSuccess: refresh,
    }),
    propose: useMutation({
      mutationFn: (seed: number) =>
        unwrap(api.POST('/cohorts/{cohort_id}/buddy-pairs/propose', { params: { path }, body: { seed } })),
      // nothing is saved: the latest proposal is kept beside the pairs
      onSuccess: (proposal) => queryClient.setQueryData(cohortKeys.buddyProposal(cohortId), proposal),
    }),
    savePairs: useMutation({
      mutationFn: (pairs: { firstPersonId: string; secondPersonId: string }[]) =>
        unwrap(api.PUT('/cohorts/{cohort_id}/buddy-pairs', { params: { path }, body: { pairs } })),
      onSuccess: (pairing) => queryClient.setQueryData(cohortKeys.buddyPairs(cohortId), pairing),
    }),
    proposeSchedule: useMutation({
      mutationFn: () => unwrap(api.POST('/cohorts/{cohort_id}/schedule', { params: { path }, body: { confirm: false } })),
      // nothing is written: the latest proposal is kept beside the schedule
      onSuccess: (proposal) => queryClient.setQueryData(cohortKeys.scheduleProposal(cohortId), proposal),
    }),
    confirmSchedule: useMutation({
      mutationFn: (body: { items: ScheduleItem[]; cancelSessionIds: string[] }) =>
        unwrap(api.POST('/cohorts/{cohort_id}/schedule', { params: { path }, body: { confirm: true, ...body } })),
      onSuccess: () => {
        queryClient.removeQueries({ queryKey: cohortKeys.scheduleProposal(cohortId) });
        void queryClient.invalidateQueries({ queryKey: cohortKeys.schedule(cohortId) });
      },
    }),
  };
}
