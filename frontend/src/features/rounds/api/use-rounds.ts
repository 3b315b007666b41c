import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { PAGE_SIZE, roundKeys } from './round-keys';
import type { RoundListParams } from './types';

/** How often a round's completion is read again while its page is open. */
export const COMPLETION_REFRESH_MS = 10_000;

export function getRoundsQueryOptions(params: RoundListParams) {
  return queryOptions({
    queryKey: roundKeys.list(params),
    queryFn: () => unwrap(api.GET('/rounds', { params: { query: { ...params, pageSize: 200 } } })),
  });
}

export function useRounds(params: RoundListParams) {
  return useQuery(getRoundsQueryOptions(params));
}

export function getRoundQueryOptions(id: string) {
  return queryOptions({
    queryKey: roundKeys.detail(id),
    queryFn: () => unwrap(api.GET('/rounds/{round_id}', { params: { path: { round_id: id } } })),
    refetchInterval: COMPLETION_REFRESH_MS,
  });
}

/** One round, read again every 10 seconds: its completion rises while people answer. */
export function useRound(id: string) {
  return useQuery(getRoundQueryOptions(id));
}

export function getInvitationsQueryOptions(id: string, page: number) {
  return queryOptions({
    queryKey: roundKeys.invitations(id, page),
    queryFn: () => unwrap(api.GET('/rounds/{round_id}/invitations', {
      params: { path: { round_id: id }, query: { page, pageSize: PAGE_SIZE } },
    })),
    placeholderData: keepPreviousData,
    refetchInterval: COMPLETION_REFRESH_MS,
  });
}

export function useInvitations(id: string, page: number) {
  return useQuery(getInvitationsQueryOptions(id, page));
}

export function getResponsesQueryOptions(id: string, page: number) {
  return queryOptions({
    queryKey: roundKeys.responses(id, page),
    queryFn: () => unwrap(api.GET('/rounds/{round_id}/responses', {
      params: { path: { round_id: id }, query: { page, pageSize: PAGE_SIZE } },
    })),
    placeholderData: keepPreviousData,
  });
}

export function useResponses(id: string, page: number) {
  return useQuery(getResponsesQueryOptions(id, page));
}

export function getProposedRoundsQueryOptions(cohortId: string, instrumentId: string) {
  return queryOptions({
    queryKey: roundKeys.proposedRounds(cohortId, instrumentId),
    queryFn: () => unwrap(api.GET('/cohorts/{cohort_id}/proposed-rounds', {
      params: { path: { cohort_id: cohortId }, query: { instrumentId } },
    })),
    enabled: Boolean(instrumentId),
  });
}

/** The four rounds the cohort's dates suggest (without the moments it already has a round for). */
export function useProposedRounds(cohortId: string, instrumentId: string) {
  return useQuery(getProposedRoundsQueryOptions(cohortId, instrumentId));
}

export function getProposedEvaluationQueryOptions(sessionId: string) {
  return queryOptions({
    queryKey: roundKeys.proposedEvaluation(sessionId),
    queryFn: () => unwrap(api.GET('/sessions/{session_id}/proposed-evaluation', {
      params: { path: { session_id: sessionId } },
    })),
  });
}

export function useProposedEvaluation(sessionId: string) {
  return useQuery(getProposedEvaluationQueryOptions(sessionId));
}

export function getInstrumentOptionsQueryOptions(purpose: 'effect_measurement' | 'intervention_evaluation') {
  return queryOptions({
    queryKey: roundKeys.instruments(purpose),
    queryFn: () => unwrap(api.GET('/instruments', {
      params: { query: { purpose, status: 'published', pageSize: 200, sort: 'title' } },
    })),
    select: (page) => page.items.map((i) => ({ id: i.id, title: i.title, version: i.versionNumber })),
  });
}

/** The published instruments of a purpose, to choose a round's from. */
export function useInstrumentOptions(purpose: 'effect_measurement' | 'intervention_evaluation') {
  return useQuery(getInstrumentOptionsQueryOptions(purpose));
}
