import { describe, expect, it } from 'vitest';
import { ENUM_VALUES } from '@/api/enums';
import { DIMENSIONS_BY_LEVEL, moved, nextOptionKey } from './questions';

describe('questions', () => {
  it('gives every dimension to exactly one level, as the API does', () => {
    const all = Object.values(DIMENSIONS_BY_LEVEL).flat();
    expect([...all].sort()).toEqual([...ENUM_VALUES.Dimension].sort());
    expect(Object.keys(DIMENSIONS_BY_LEVEL).sort()).toEqual([...ENUM_VALUES.MeasurementLevel].sort());
  });

  it('makes option keys no other option has', () => {
    expect(nextOptionKey([])).toBe('optie_1');
    expect(nextOptionKey(['optie_1', 'optie_2'])).toBe('optie_3');
    expect(nextOptionKey(['optie_2'])).toBe('optie_3');
    expect(nextOptionKey(['trainer', 'optie_3'])).toBe('optie_4');
  });

  it('moves an item in a list', () => {
    expect(moved(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });
});
