import { describe, expect, it } from 'vitest';
import { groupBy, monthLabel, monthsBetween, suggestName } from './cohorts';

describe('suggestName', () => {
  it('takes the programme and the start year with the first free letter', () => {
    expect(suggestName('Traineeship', '2026-09-01', [])).toBe('Traineeship 2026-A');
    expect(suggestName('Traineeship', '2026-09-01', ['traineeship 2026-a', 'Traineeship 2026-B']))
      .toBe('Traineeship 2026-C');
  });
});

describe('months', () => {
  it('lists every month between two, over a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
  it('names a month in the language', () => {
    expect(monthLabel('2026-09', 'nl-NL')).toBe('september 2026');
    expect(monthLabel('2026-09', 'en-GB')).toBe('September 2026');
  });
});

describe('groupBy', () => {
  it('keeps the order of first appearance', () => {
    const groups = groupBy([{ p: 'b' }, { p: 'a' }, { p: 'b' }], (x) => x.p, (x) => x.p.toUpperCase());
    expect(groups.map((g) => [g.label, g.items.length])).toEqual([['B', 2], ['A', 1]]);
  });
});
