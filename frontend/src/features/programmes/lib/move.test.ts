import { describe, expect, it } from 'vitest';
import { clampWeek, describeSpot, isMoveKey, moveChanges, moveTarget } from './move';

const phases = [
  { id: 'p1', position: 0, title: 'Fase 1', lengthMonths: 6 },
  { id: 'p2', position: 1, title: 'Fase 2', lengthMonths: 1 },
];
const lines = [
  { id: 'l1', position: 0, label: 'Ik' },
  { id: 'l2', position: 1, label: 'Ik en de ander' },
];

describe('moveTarget', () => {
  it('moves one phase right and one learning line down', () => {
    expect(moveTarget(phases, lines, { phaseId: 'p1', learningLineId: 'l1', weekOffset: 2 }, 'ArrowDown'))
      .toEqual({ phaseId: 'p1', learningLineId: 'l2', weekOffset: 2 });
    expect(moveTarget(phases, lines, { phaseId: 'p1', learningLineId: 'l2', weekOffset: 2 }, 'ArrowRight'))
      .toEqual({ phaseId: 'p2', learningLineId: 'l2', weekOffset: 2 });
  });

  it('keeps the week within the target phase', () => {
    expect(moveTarget(phases, lines, { phaseId: 'p1', learningLineId: 'l1', weekOffset: 20 }, 'ArrowRight'))
      .toEqual({ phaseId: 'p2', learningLineId: 'l1', weekOffset: 3 });
  });

  it('stops at the edges of the grid', () => {
    expect(moveTarget(phases, lines, { phaseId: 'p1', learningLineId: 'l1', weekOffset: 0 }, 'ArrowLeft')).toBeNull();
    expect(moveTarget(phases, lines, { phaseId: 'p1', learningLineId: 'l1', weekOffset: 0 }, 'ArrowUp')).toBeNull();
    expect(moveTarget(phases, lines, { phaseId: 'p2', learningLineId: 'l2', weekOffset: 0 }, 'ArrowRight')).toBeNull();
    expect(moveTarget(phases, lines, { phaseId: 'gone', learningLineId: 'l1', weekOffset: 0 }, 'ArrowRight')).toBeNull();
  });
});

describe('moveChanges', () => {
  it('sends only what changed', () => {
    const from = { phaseId: 'p1', learningLineId: 'l1', weekOffset: 2 };
    expect(moveChanges(from, { ...from, phaseId: 'p2' })).toEqual({ phaseId: 'p2' });
    expect(moveChanges(from, { ...from, weekOffset: 3, learningLineId: 'l2' })).toEqual({ learningLineId: 'l2', weekOffset: 3 });
    expect(moveChanges(from, from)).toEqual({});
  });
});

describe('helpers', () => {
  it('clamps a week to the phase and names a spot with weeks counted from 1', () => {
    expect(clampWeek(-3, phases[0]!)).toBe(0);
    expect(clampWeek(30, phases[0]!)).toBe(25);
    expect(describeSpot(phases, lines, { phaseId: 'p2', learningLineId: 'l2', weekOffset: 2 }))
      .toEqual({ phase: 'Fase 2', line: 'Ik en de ander', week: 3 });
    expect(isMoveKey('ArrowUp')).toBe(true);
    expect(isMoveKey('Enter')).toBe(false);
  });
});
