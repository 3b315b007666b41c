import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import type { components } from '@/api/schema';
import { principleCheckKeys } from './principle-check-keys';

// The shapes of the checks (here, not in the programmes feature's types.ts, which its own helper writes).
type S = components['schemas'];
export type PrincipleChecks = S['PrincipleChecksRead'];
export type PrincipleCheck = S['PrincipleCheckRead'];
export type PrincipleReason = S['ReasonRead'];
export type PrincipleFix = S['FixRead'];
export type ChecklistItem = S['ChecklistItemRead'];
export type ChecklistItemName = S['ChecklistItem'];

export function getPrincipleChecksQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: principleCheckKeys.detail(programmeId),
    queryFn: () =>
      unwrap(api.GET('/programmes/{programme_id}/principle-checks', { params: { path: { programme_id: programmeId } } })),
  });
}

/** The seven design principles of a programme, recomputed by the server on every read. */
export function usePrincipleChecks(programmeId: string) {
  return useQuery(getPrincipleChecksQueryOptions(programmeId));
}
