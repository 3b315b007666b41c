import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { programmeKeys } from './programme-keys';
import type {
  FrameworkPlacement,
  LearningLineUpdate,
  PhaseCreate,
  PhaseUpdate,
  PlacementCreate,
  PlacementUpdate,
  ProgrammeFramework,
} from './types';

/**
 * The framework's phases, learning lines and placements. Every change reloads the programme's framework and its
 * principle checks (both under the programme's detail key), so the checks beside the grid follow each edit.
 */
export function useFrameworkMutations(programmeId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: programmeKeys.detail(programmeId) });
  const path = { programme_id: programmeId };
  return {
    createPhase: useMutation({
      mutationFn: (body: PhaseCreate) => unwrap(api.POST('/programmes/{programme_id}/phases', { params: { path }, body })),
      onSuccess: refresh,
    }),
    updatePhase: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: PhaseUpdate }) =>
        unwrap(
          api.PATCH('/programmes/{programme_id}/phases/{phase_id}', {
            params: { path: { ...path, phase_id: id }, header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: refresh,
    }),
    removePhase: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/programmes/{programme_id}/phases/{phase_id}', { params: { path: { ...path, phase_id: id } } })),
      onSuccess: refresh,
    }),
    updateLine: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: LearningLineUpdate }) =>
        unwrap(
          api.PATCH('/programmes/{programme_id}/learning-lines/{line_id}', {
            params: { path: { ...path, line_id: id }, header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: refresh,
    }),
    createPlacement: useMutation({
      mutationFn: (body: PlacementCreate) =>
        unwrap(api.POST('/programmes/{programme_id}/placements', { params: { path }, body })),
      onSuccess: refresh,
    }),
    /** A change of phase, learning line or week is a move: the card shows in its new cell at once. */
    updatePlacement: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: PlacementUpdate }) =>
        unwrap(
          api.PATCH('/programmes/{programme_id}/placements/{placement_id}', {
            params: { path: { ...path, placement_id: id }, header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: (placement) => {
        queryClient.setQueryData(programmeKeys.framework(programmeId), (grid: ProgrammeFramework | undefined) =>
          grid
            ? {
                ...grid,
                placements: grid.placements.map((p): FrameworkPlacement => (p.id === placement.id ? { ...p, ...placement } : p)),
              }
            : grid,
        );
        return refresh();
      },
    }),
    removePlacement: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/programmes/{programme_id}/placements/{placement_id}', { params: { path: { ...path, placement_id: id } } })),
      onSuccess: refresh,
    }),
  };
}
