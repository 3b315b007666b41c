import { describe, expect, it } from 'vitest';
import { yearFromParam } from './BudgetYearPage';

describe('yearFromParam', () => {
  it('takes a plausible year from the address, and otherwise leaves the choice to the API', () => {
    expect(yearFromParam('2014')).toBe(2014);
    expect(yearFromParam(null)).toBeUndefined();
    expect(yearFromParam('')).toBeUndefined();
    expect(yearFromParam('twintig')).toBeUndefined();
    expect(yearFromParam('2014.5')).toBeUndefined();
    expect(yearFromParam('99999')).toBeUndefined();
  });
});
