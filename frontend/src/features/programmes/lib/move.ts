/**
 * Moving a placement with the keyboard (pure): the arrow keys on a focused card move it one phase left or right,
 * one learning line up or down; the week is kept, within the target phase's weeks.
 */
import { weeksIn, type GridLine, type GridPhase } from './grid';

export interface Spot {
  phaseId: string;
  learningLineId: string;
  weekOffset: number;
}

export const MOVE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
export type MoveKey = (typeof MOVE_KEYS)[number];

export function isMoveKey(key: string): key is MoveKey {
  return (MOVE_KEYS as readonly string[]).includes(key);
}

/** The week within a phase: 0 up to its last week. */
export function clampWeek(week: number, phase: Pick<GridPhase, 'lengthMonths'>): number {
  return Math.min(Math.max(0, Math.trunc(week)), weeksIn(phase.lengthMonths) - 1);
}

/** Where a key moves a placement, or null at the grid's edge (or when the spot is not in the grid). */
export function moveTarget(phases: GridPhase[], lines: GridLine[], from: Spot, key: MoveKey): Spot | null {
  const column = phases.findIndex((p) => p.id === from.phaseId);
  const row = lines.findIndex((l) => l.id === from.learningLineId);
  if (column < 0 || row < 0) return null;
  const nextColumn = column + (key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0);
  const nextRow = row + (key === 'ArrowUp' ? -1 : key === 'ArrowDown' ? 1 : 0);
  const phase = phases[nextColumn];
  const line = lines[nextRow];
  if (!phase || !line) return null;
  return { phaseId: phase.id, learningLineId: line.id, weekOffset: clampWeek(from.weekOffset, phase) };
}

/** The fields a move changes (a PATCH body), empty when the placement stays where it is. */
export function moveChanges(from: Spot, to: Spot): Partial<Spot> {
  const changes: Partial<Spot> = {};
  if (from.phaseId !== to.phaseId) changes.phaseId = to.phaseId;
  if (from.learningLineId !== to.learningLineId) changes.learningLineId = to.learningLineId;
  if (from.weekOffset !== to.weekOffset) changes.weekOffset = to.weekOffset;
  return changes;
}

/** The names of a spot for the announcement ("Fase 2, Ik en de ander, week 3"); week 0 is the phase's week 1. */
export function describeSpot(phases: GridPhase[], lines: GridLine[], spot: Spot) {
  return {
    phase: phases.find((p) => p.id === spot.phaseId)?.title ?? '',
    line: lines.find((l) => l.id === spot.learningLineId)?.label ?? '',
    week: spot.weekOffset + 1,
  };
}
