/** Months as `YYYY-MM`: which one the sessions page opens on, and the days a month spans. */

const TIME_ZONE = 'Europe/Amsterdam';

/** This month in the Netherlands' calendar, `YYYY-MM`. */
export function currentMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit' })
    .format(now).slice(0, 7);
}

function index(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export type MonthChoice =
  | { month: string; reason: 'current' | 'nearest' | 'asked' }
  | { month: string; reason: 'empty' };

/**
 * The month an adviser expects to see: the one asked for (in the address), else the current month when it has
 * sessions, else the month with sessions nearest to it (the later one when two are as near: what is coming
 * matters more than what was), else the current month, empty.
 */
export function chooseMonth(withSessions: readonly string[], current: string, asked?: string): MonthChoice {
  if (asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked)) return { month: asked, reason: 'asked' };
  if (withSessions.includes(current)) return { month: current, reason: 'current' };
  if (withSessions.length === 0) return { month: current, reason: 'empty' };
  const here = index(current);
  const nearest = withSessions.reduce((best, month) => {
    const distance = Math.abs(index(month) - here);
    const bestDistance = Math.abs(index(best) - here);
    return distance < bestDistance || (distance === bestDistance && index(month) > index(best)) ? month : best;
  });
  return { month: nearest, reason: 'nearest' };
}

/** The first and the last day of a month, `YYYY-MM-DD`. */
export function monthRange(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** "maart 2014" / "March 2014". */
export function formatMonth(month: string, language: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric',
    timeZone: 'UTC' }).format(date);
}

/** The month before or after among those with sessions (with the shown one in place when it has none). */
export function stepMonth(withSessions: readonly string[], shown: string, step: -1 | 1): string | null {
  const sorted = [...new Set([...withSessions])].sort();
  if (step === 1) return sorted.find((m) => m > shown) ?? null;
  return [...sorted].reverse().find((m) => m < shown) ?? null;
}
