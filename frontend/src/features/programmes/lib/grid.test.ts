import { describe, expect, it } from 'vitest';
import { buildGrid, cellsByPhase, weeksIn } from './grid';

const phases = [
  { id: 'p2', position: 1, title: 'Heden', lengthMonths: 6 },
  { id: 'p1', position: 0, title: 'Verleden', lengthMonths: 6 },
];
const lines = [
  { id: 'l2', position: 1, label: 'Ik en de ander' },
  { id: 'l1', position: 0, label: 'Ik' },
];
const placement = (id: string, phaseId: string, learningLineId: string, weekOffset: number, title: string) => ({
  id, phaseId, learningLineId, weekOffset, intervention: { title },
});

describe('buildGrid', () => {
  it('orders phases and lines by position and puts each placement in its cell, by week then title', () => {
    const grid = buildGrid(phases, lines, [
      placement('a', 'p2', 'l1', 4, 'Coaching'),
      placement('b', 'p2', 'l1', 1, 'Intervisie'),
      placement('c', 'p2', 'l1', 1, 'Buddygesprek'),
      placement('d', 'p1', 'l2', 0, 'Kennissessie'),
    ]);
    expect(grid.phases.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(grid.rows.map((r) => r.line.id)).toEqual(['l1', 'l2']);
    expect(grid.rows[0]!.cells.map((c) => c.placements.map((p) => p.id))).toEqual([[], ['c', 'b', 'a']]);
    expect(grid.rows[1]!.cells.map((c) => c.placements.map((p) => p.id))).toEqual([['d'], []]);
  });

  it('lists the same cells per phase for the phone', () => {
    const grid = buildGrid(phases, lines, [placement('d', 'p1', 'l2', 0, 'Kennissessie')]);
    const list = cellsByPhase(grid);
    expect(list.map((p) => p.phase.id)).toEqual(['p1', 'p2']);
    expect(list[0]!.cells.map((c) => [c.line.id, c.cell.placements.length])).toEqual([['l1', 0], ['l2', 1]]);
  });
});

describe('weeksIn', () => {
  it('counts 26 weeks in half a year and at least one in a phase without length', () => {
    expect(weeksIn(6)).toBe(26);
    expect(weeksIn(12)).toBe(52);
    expect(weeksIn(0)).toBe(1);
  });
});
