import { describe, expect, it } from 'vitest';
import { chooseMonth, currentMonth, formatMonth, monthRange, stepMonth } from './months';

describe('the month the sessions page opens on', () => {
  const deventer = ['2014-02', '2014-03', '2014-06', '2014-12'];

  it('is the current month when it has sessions', () => {
    expect(chooseMonth(deventer, '2014-03')).toEqual({ month: '2014-03', reason: 'current' });
  });

  it('is otherwise the nearest month with sessions, the later one on a tie', () => {
    expect(chooseMonth(deventer, '2026-12')).toEqual({ month: '2014-12', reason: 'nearest' });
    expect(chooseMonth(deventer, '2014-04')).toEqual({ month: '2014-03', reason: 'nearest' });
    expect(chooseMonth(['2014-03', '2014-05'], '2014-04')).toEqual({ month: '2014-05', reason: 'nearest' });
    expect(chooseMonth(deventer, '2013-01')).toEqual({ month: '2014-02', reason: 'nearest' });
  });

  it('is the one in the address when asked, and the current one when nothing is planned', () => {
    expect(chooseMonth(deventer, '2026-12', '2014-06')).toEqual({ month: '2014-06', reason: 'asked' });
    expect(chooseMonth(deventer, '2026-12', '2014-13').reason).toBe('nearest');
    expect(chooseMonth([], '2026-12')).toEqual({ month: '2026-12', reason: 'empty' });
  });
});

describe('months', () => {
  it('span their days, leap years included', () => {
    expect(monthRange('2014-02')).toEqual({ from: '2014-02-01', to: '2014-02-28' });
    expect(monthRange('2016-02').to).toBe('2016-02-29');
    expect(monthRange('2014-12')).toEqual({ from: '2014-12-01', to: '2014-12-31' });
  });

  it('are written out and stepped through among those with sessions', () => {
    expect(formatMonth('2014-03', 'nl')).toBe('maart 2014');
    expect(formatMonth('2014-03', 'en')).toBe('March 2014');
    expect(stepMonth(['2014-02', '2014-06'], '2014-03', 1)).toBe('2014-06');
    expect(stepMonth(['2014-02', '2014-06'], '2014-03', -1)).toBe('2014-02');
    expect(stepMonth(['2014-02'], '2014-02', -1)).toBeNull();
  });

  it('count in the Netherlands: New Year\'s night in Amsterdam is January already', () => {
    expect(currentMonth(new Date('2014-12-31T23:30:00Z'))).toBe('2015-01');
  });
});
