import { describe, expect, it } from 'vitest';
import { formatDateLong, lastValidDay } from './format';

describe('dates written out', () => {
  it.each([
    ['2014-05-01', 'nl', '1 mei 2014'],
    ['2014-05-01', 'en', '1 May 2014'],
    ['2026-12-31T23:30:00Z', 'nl', '1 januari 2027'],
    ['', 'nl', ''],
  ])('writes %j in %s as %j', (value, language, expected) => {
    expect(formatDateLong(value, language)).toBe(expected);
  });

  it('shows the last valid day of a token valid through 31 December 2026, not 1 January 2027 00:00', () => {
    expect(lastValidDay('2026-12-31T23:00:00Z')).toBe('2026-12-31'); // 1 Jan 2027 00:00 in Amsterdam
    expect(formatDateLong(lastValidDay('2026-12-31T23:00:00Z'), 'nl')).toBe('31 december 2026');
    expect(lastValidDay('2026-07-01T22:00:00Z')).toBe('2026-07-01'); // summer time: 2 July 00:00
  });
});
