/** What the cohort pages compute: the name an adviser expects, and the schedule by phase and by month. */

/** "<programme> <year>-A", or the next letter when that name is taken ("-B", "-C", ...). */
export function suggestName(programmeTitle: string, startsOn: string, taken: readonly string[]): string {
  const year = /^\d{4}/.exec(startsOn)?.[0] ?? String(new Date().getFullYear());
  const names = new Set(taken.map((name) => name.toLowerCase()));
  for (let i = 0; i < 26; i += 1) {
    const name = `${programmeTitle} ${year}-${String.fromCharCode(65 + i)}`;
    if (!names.has(name.toLowerCase())) return name;
  }
  return `${programmeTitle} ${year}`;
}

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/** Items grouped by a key, in the order each key first appears. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string, label: (item: T) => string): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const k = key(item);
    let group = groups.get(k);
    if (!group) {
      group = { key: k, label: label(item), items: [] };
      groups.set(k, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** "2026-09" of an ISO date. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Every month from the first to the last (inclusive), as "YYYY-MM": a calendar shows the empty ones too. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

/** A month's name and year in the language ("september 2026"). */
export function monthLabel(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, m - 1, 1)));
}
