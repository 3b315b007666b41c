import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './times';

describe('round times', () => {
  it('shows an instant as Dutch wall-clock time, summer and winter', () => {
    expect(toLocalInput('2026-09-01T07:00:00Z')).toBe('2026-09-01T09:00');
    expect(toLocalInput('2026-12-01T08:00:00+00:00')).toBe('2026-12-01T09:00');
  });
  it('reads Dutch wall-clock time back as the same instant', () => {
    expect(fromLocalInput('2026-09-01T09:00')).toBe('2026-09-01T07:00:00.000Z');
    expect(fromLocalInput('2026-12-01T09:00')).toBe('2026-12-01T08:00:00.000Z');
    expect(fromLocalInput('')).toBe('');
  });
});
