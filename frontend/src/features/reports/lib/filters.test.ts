import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersFromParams, paramsWithFilters, yearFromParams } from './filters';

const ID = '0b7c2f0e-1d2a-4c3b-9e8f-123456789abc';

describe('effect report filters in the URL', () => {
  it('read the Dutch keys into the API filters', () => {
    const params = new URLSearchParams(`niveau=participant&dimensie=behaviour&competentie=${ID}`);
    expect(filtersFromParams(params)).toEqual({ level: 'participant', dimension: 'behaviour', competencyId: ID });
  });

  it('leave out unknown values instead of sending them', () => {
    const params = new URLSearchParams('niveau=iedereen&dimensie=&competentie=abc');
    expect(filtersFromParams(params)).toEqual({});
  });

  it('write filters back, keeping the other parameters and dropping empty ones', () => {
    const before = new URLSearchParams(`vergelijking=${ID}&dimensie=behaviour`);
    const after = paramsWithFilters(before, { level: 'programme' });
    expect(after.get('niveau')).toBe('programme');
    expect(after.has('dimensie')).toBe(false);
    expect(after.get('vergelijking')).toBe(ID);
    expect(filtersFromParams(after)).toEqual({ level: 'programme' });
  });

  it('round-trip: what is written is read back the same', () => {
    const filters = { level: 'organisation', dimension: 'support', competencyId: ID } as const;
    expect(filtersFromParams(paramsWithFilters(new URLSearchParams(), filters))).toEqual(filters);
    expect(activeFilterCount(filters)).toBe(3);
    expect(activeFilterCount({})).toBe(0);
  });

  it('read a plausible year only', () => {
    expect(yearFromParams(new URLSearchParams('jaar=2014'))).toBe(2014);
    expect(yearFromParams(new URLSearchParams('jaar=14'))).toBeNull();
    expect(yearFromParams(new URLSearchParams('jaar=3000'))).toBeNull();
    expect(yearFromParams(new URLSearchParams(''))).toBeNull();
  });
});
