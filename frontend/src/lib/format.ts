/** Dates and times in the user's language, in the Netherlands' time zone. */
const TIME_ZONE = 'Europe/Amsterdam';

/** The Intl locale for a UI language (dates, numbers and money alike). */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  // A bare date (YYYY-MM-DD) is a calendar day, not an instant: don't shift it by time zone.
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(bare ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeZone: bare ? 'UTC' : TIME_ZONE,
  }).format(date);
}

/** `YYYY-MM-DD` of today plus `days`, in the Netherlands' calendar. */
export function isoDateFromToday(days: number, now: Date = new Date()): string {
  const shifted = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(shifted);
  return parts;
}

/**
 * A date written out, where the date is the point: "1 mei 2014" (nl), "1 May 2014" (en). A bare date
 * (YYYY-MM-DD) is that calendar day; an instant is its day in the Netherlands.
 */
export function formatDateLong(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(bare ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: bare ? 'UTC' : TIME_ZONE,
  }).format(date);
}

/** The last day something is valid on, when it stops at `until` (an instant: "valid through 31-12-2026"
 * is stored as 1 January 2027, 00:00 in the Netherlands): the Dutch calendar day just before, YYYY-MM-DD. */
export function lastValidDay(until: string | null | undefined): string {
  if (!until) return '';
  const end = new Date(until);
  if (Number.isNaN(end.getTime())) return '';
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(end.getTime() - 1));
}
