import { describe, expect, it } from 'vitest';
import type { ReviewItem, ReviewLine, ReviewProposal } from '../api/types';
import { allContinue, fromCents, reviewPlan, toCents } from './decisions';

const line = (id: string, values: Partial<ReviewLine> = {}): ReviewLine => ({
  id, kind: 'intervention', title: `L${id}`, stream: 'strategic', interventionId: null, interventionTitle: null,
  plannedAmount: '10.00', cap: null, committed: '0.00', spent: '0.00', proposedAmount: '10.00', maxAmount: null,
  skip: null, ...values,
});

const item = (id: string, lines: ReviewLine[], budgetedNextYear = false): ReviewItem => ({
  interventionId: id, title: `I${id}`, category: 'strategic_theme', fundingStream: 'strategic', entryId: `e${id}`,
  origin: 'planned', decision: null, note: '', inNextYear: budgetedNextYear, budgetedNextYear,
  lines: lines.map((l) => ({ ...l, interventionId: id, skip: budgetedNextYear ? 'budgeted_next_year' : l.skip })),
  evaluation: null,
});

const proposal = (items: ReviewItem[], budgetLines: ReviewLine[] = []): ReviewProposal => ({
  planId: 'p', fromYear: 2014, toYear: 2015, toYearInPlan: true, reviewed: false, reviewNotes: '', items, budgetLines,
  streams: [
    { stream: 'strategic', amount: '314777.00', nextBudgetId: null, nextAmount: '314777.00', creates: true },
    { stream: 'functional', amount: '314594.00', nextBudgetId: 'b', nextAmount: '300000.00', creates: false },
    { stream: 'personal', amount: null, nextBudgetId: null, nextAmount: null, creates: false },
  ],
  teams: [],
});

describe('reviewPlan', () => {
  const ring = line('r', { kind: 'ring_fenced', title: 'Basisvaardigheden', plannedAmount: '49340.00',
    proposedAmount: '49340.00', maxAmount: '49340.00', cap: '52000.00' });
  const contingency = line('c', { kind: 'contingency', title: 'Onvoorzien', plannedAmount: '9767.00', proposedAmount: '9767.00' });
  const lost = line('x', { interventionId: 'gone', interventionTitle: 'Weg', skip: 'not_in_programme' });
  const p = proposal([item('1', [line('1a'), line('1b', { stream: 'functional', plannedAmount: '8000.00' })]),
    item('2', [line('2a', { plannedAmount: '100.50', proposedAmount: '100.50' })]), item('3', [])], [ring, contingency, lost]);

  it('starts from alles doorgaan: everything carried, nothing stops', () => {
    const plan = reviewPlan(p, allContinue(p));
    expect(plan.counts).toEqual({ continue: 3, change: 0, stop: 0 });
    expect(plan.carried.map((c) => c.line.title)).toEqual(['L1a', 'L1b', 'L2a', 'Basisvaardigheden', 'Onvoorzien']);
    expect(plan.skipped).toEqual([{ line: lost, intervention: 'Weg', reason: 'not_in_programme' }]);
    expect(plan.stopped).toEqual([]);
  });

  it('names what stops and what it frees per stream, and sums next year per stream', () => {
    const choices = { ...allContinue(p), '1': { decision: 'stop' as const, note: '' }, '3': { decision: 'stop' as const, note: '' } };
    const plan = reviewPlan(p, choices, { r: '45000.00' }, { strategic: '320000.00' });
    expect(plan.stopped).toEqual([
      { interventionId: '1', title: 'I1', freed: [{ stream: 'strategic', amount: '10.00' }, { stream: 'functional', amount: '8000.00' }] },
      { interventionId: '3', title: 'I3', freed: [] },
    ]);
    expect(plan.skipped.filter((s) => s.reason === 'stopped').map((s) => s.line.title)).toEqual(['L1a', 'L1b']);
    const strategic = plan.streams[0]!;
    expect(strategic).toEqual({ stream: 'strategic', amount: '314777.00', nextAmount: '320000.00', creates: true,
      planned: '54867.50', freed: '10.00' });
    expect(plan.streams[1]).toMatchObject({ nextAmount: '300000.00', creates: false, planned: '0.00', freed: '8000.00' });
    expect(plan.streams[2]).toMatchObject({ amount: null, nextAmount: null });
  });

  it('carries nothing for an intervention budgeted next year already', () => {
    const q = proposal([item('1', [line('1a')], true)]);
    expect(reviewPlan(q, allContinue(q)).carried).toEqual([]);
  });

  it('adds amounts exactly in cents', () => {
    expect(toCents('49340.00') + toCents('0.10') + toCents('0.20')).toBe(4934030);
    expect(fromCents(toCents('-12.05'))).toBe('-12.05');
  });
});
