import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, isFiltered, toQuery, type FilterValues } from './filter-params';

const none = Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as FilterValues;

describe('catalogue filters in the URL', () => {
  it('maps Dutch URL keys to the API query', () => {
    const query = toQuery({ ...none, categorie: 'basic_skill', verplicht: 'ja', jaar: '2014', evaluatie: 'nee', thema: 't1' }, 2, 25);
    expect(query).toEqual({
      category: 'basic_skill',
      mandatory: true,
      year: 2014,
      needsEvaluation: false,
      themeId: 't1',
      page: 2,
      pageSize: 25,
    });
  });

  it('drops a sort order or year it does not know', () => {
    expect(toQuery({ ...none, sorteer: 'goal', jaar: 'vorig' }, 1, 25)).toEqual({ page: 1, pageSize: 25 });
    expect(toQuery({ ...none, sorteer: '-totalCost' }, 1, 25).sort).toBe('-totalCost');
  });

  it('says whether a filter is set, ignoring the sort order', () => {
    expect(isFiltered({ ...none, sorteer: 'title' })).toBe(false);
    expect(isFiltered({ ...none, q: 'host' })).toBe(true);
  });
});
