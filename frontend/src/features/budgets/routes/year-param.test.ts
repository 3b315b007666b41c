import { describe, expect, it } from 'vitest';
import { yearFromParam } from './BudgetYearPage';

describe('yearFromParam', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('takes a plausible year from the address and otherwise this year', () => {
    expect(yearFromParam('2014', now)).toBe(2014);
    expect(yearFromParam(null, now)).toBe(2026);
    expect(yearFromParam('twintig', now)).toBe(2026);
    expect(yearFromParam('2014.5', now)).toBe(2026);
    expect(yearFromParam('99999', now)).toBe(2026);
  });
});
