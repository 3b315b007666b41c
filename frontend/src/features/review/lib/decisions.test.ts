import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../api/types';
import { reviewPlan } from './decisions';

const item = (id: string, lines: number, budgetedNextYear = false): ReviewItem => ({
  interventionId: id,
  title: `I${id}`,
  category: 'strategic_theme',
  fundingStream: 'strategic',
  entryId: `e${id}`,
  origin: 'planned',
  decision: null,
  note: '',
  inNextYear: budgetedNextYear,
  budgetedNextYear,
  lines: Array.from({ length: lines }, (_, i) => ({
    id: `${id}-${i}`, kind: 'intervention', title: `L${id}${i}`, stream: 'strategic', plannedAmount: '10.00',
    cap: null, committed: '0.00', spent: '0.00',
  })),
});

describe('reviewPlan', () => {
  it('counts decisions and carries the lines of what continues or changes', () => {
    const plan = reviewPlan([item('1', 2), item('2', 1), item('3', 1), item('4', 0)], {
      '1': { decision: 'continue', note: '' },
      '2': { decision: 'change', note: '' },
      '3': { decision: 'stop', note: '' },
    });
    expect(plan.counts).toEqual({ continue: 1, change: 1, stop: 1, open: 1 });
    expect(plan.carried.map((c) => c.title)).toEqual(['L10', 'L11', 'L20']);
  });

  it('carries nothing for an intervention budgeted next year already', () => {
    expect(reviewPlan([item('1', 2, true)], { '1': { decision: 'continue', note: '' } }).carried).toEqual([]);
  });
});
