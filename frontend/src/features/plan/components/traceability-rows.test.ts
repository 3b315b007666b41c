import { describe, expect, it } from 'vitest';
import type { Traceability } from '../api/types';
import { movedPosition, planBody, planChanges, traceRows } from './traceability-rows';

const intervention = { id: 'i1', title: 'Training HNW', status: 'new', category: 'strategic_development' } as const;

function tree(): Traceability {
  const base = { description: '', position: 0, version: 1 };
  return {
    plan: {} as Traceability['plan'],
    unlinkedInterventions: [],
    themes: [],
    counts: {} as Traceability['counts'],
    developments: [
      {
        ...base, id: 'd1', title: 'HNW', interventionCount: 1, learningGoalGaps: 1,
        goals: [
          {
            ...base, id: 'g1', title: 'Flexibel', learningGoalGaps: 1,
            learningGoals: [
              { ...base, id: 'l1', title: 'Digitaal samenwerken', audience: 'all', interventions: [intervention] },
              { ...base, id: 'l2', title: 'Resultaatgericht sturen', audience: 'managers', interventions: [] },
            ],
          },
          { ...base, id: 'g2', title: 'Zonder leerdoel', learningGoalGaps: 0, learningGoals: [] },
        ],
      },
      { ...base, id: 'd2', title: 'Mobiliteit', interventionCount: 0, learningGoalGaps: 0, goals: [] },
    ],
  };
}

describe('traceRows', () => {
  it('makes a row per learning goal and keeps empty branches, in order', () => {
    const rows = traceRows(tree());
    expect(rows.map((r) => [r.development, r.goal, r.learningGoal, r.gap])).toEqual([
      ['HNW', 'Flexibel', 'Digitaal samenwerken', false],
      ['HNW', 'Flexibel', 'Resultaatgericht sturen', true],
      ['HNW', 'Zonder leerdoel', null, false],
      ['Mobiliteit', null, null, false],
    ]);
    expect(rows[0]!.interventions).toEqual([intervention]);
    expect(rows[1]!.audience).toBe('managers');
  });
});

describe('movedPosition', () => {
  it('moves within the siblings and refuses past either end', () => {
    expect(movedPosition(1, 'up', 3)).toBe(0);
    expect(movedPosition(1, 'down', 3)).toBe(2);
    expect(movedPosition(0, 'up', 3)).toBeNull();
    expect(movedPosition(2, 'down', 3)).toBeNull();
  });
});

describe('plan form', () => {
  const form = { title: ' Leerplan ', firstYear: '2014', lastYear: '2017', status: 'draft' as const, summary: '',
    reviewNotes: '' };

  it('sends years as numbers, and text that is no number as it is', () => {
    expect(planBody(form)).toMatchObject({ title: 'Leerplan', firstYear: 2014, lastYear: 2017 });
    expect(planBody({ ...form, lastYear: 'twee' }).lastYear).toBe('twee');
  });

  it('sends only what changed', () => {
    const plan = { title: 'Leerplan', firstYear: 2014, lastYear: 2017, status: 'draft' as const, summary: '',
      reviewNotes: '' };
    expect(planChanges(plan, form)).toEqual({});
    expect(planChanges(plan, { ...form, lastYear: '2018', status: 'adopted' })).toEqual({ lastYear: 2018,
      status: 'adopted' });
  });
});
