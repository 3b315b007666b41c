import { describe, expect, it } from 'vitest';
import type { Person } from '../api/types';
import { changedFields, toCreate, valuesOf } from './PersonForm';

const PERSON: Person = {
  id: 'p1', employeeNumber: '100234', name: 'Anouk de Vries (test)', email: 'a@example.org', team: 'Sociaal Domein',
  leftOn: null, version: 3, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
};

describe('PersonForm values', () => {
  it('sends only what changed, an empty leaving date as null', () => {
    expect(changedFields(PERSON, valuesOf(PERSON))).toEqual({});
    expect(changedFields(PERSON, { ...valuesOf(PERSON), team: ' Burgerzaken ', leftOn: '2026-05-01' }))
      .toEqual({ team: 'Burgerzaken', leftOn: '2026-05-01' });
    const left = { ...PERSON, leftOn: '2026-05-01' };
    expect(changedFields(left, valuesOf(left))).toEqual({});
    expect(changedFields(left, { ...valuesOf(left), leftOn: '' })).toEqual({ leftOn: null });
  });

  it('trims a new person and sends an empty leaving date as null', () => {
    expect(toCreate({ employeeNumber: ' 9 ', name: ' X ', email: '', team: '', leftOn: '' }))
      .toEqual({ employeeNumber: '9', name: 'X', email: '', team: '', leftOn: null });
  });
});
