import { resourceKeys } from '@/api/reference/keys';

/** Rounds (metingen): lists by cohort or session, one round, and under it its invitations and responses; the
 * proposals (four rounds for a cohort, an evaluation for a session) and the instruments to choose from. */
export const roundKeys = {
  ...resourceKeys('rounds'),
  proposals: () => ['rounds', 'proposal'] as const,
  invitations: (id: string, page: number) => ['rounds', 'detail', id, 'invitations', page] as const,
  invitationsAll: (id: string) => ['rounds', 'detail', id, 'invitations'] as const,
  responses: (id: string, page: number) => ['rounds', 'detail', id, 'responses', page] as const,
  proposedRounds: (cohortId: string, instrumentId: string) =>
    ['rounds', 'proposal', 'cohort', cohortId, instrumentId] as const,
  proposedEvaluation: (sessionId: string) => ['rounds', 'proposal', 'session', sessionId] as const,
  instruments: (purpose: string) => ['rounds', 'instrument-options', purpose] as const,
};

export const PAGE_SIZE = 50;
