/** Money and decimals from the API: it sends and takes exact strings ("314777.00"); these only format
 * and read them, they never add up (the server does that, exactly). */
import { intlLocale } from './format';

function format(value: string | null | undefined, language: string, options: Intl.NumberFormatOptions): string {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  return new Intl.NumberFormat(intlLocale(language), options).format(number);
}

/** "314777.00" → "€ 314.777,00" (nl) or "€314,777.00" (en). */
export function formatMoney(value: string | null | undefined, language: string): string {
  return format(value, language, { style: 'currency', currency: 'EUR' });
}

/** "12.50" → "12,5" (nl), "2.00" → "2": FTE, hours, days and percentages. */
export function formatNumber(value: string | null | undefined, language: string): string {
  return format(value, language, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

/** An amount from the API as a person types it back, for an edit field: "4800.00" → "4.800,00" (nl),
 * "4,800.00" (en). What `readMoney` reads back to the same amount; empty for no amount. */
export function formatMoneyInput(value: string | null | undefined, language: string): string {
  return format(value, language, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true })
    .replace(/\u2212/g, '-');
}

/** How a language writes numbers: `group` separates thousands, `decimal` starts the cents. */
interface Convention {
  group: string;
  decimal: string;
}

const CONVENTIONS: Record<'nl' | 'en', Convention> = {
  nl: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

export type NumberLanguage = keyof typeof CONVENTIONS;

/** The number convention of a UI language: English for `en…`, Dutch for everything else (the default). */
export function numberLanguage(language: string): NumberLanguage {
  return language.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export type MoneyReading =
  | { ok: true; value: string }
  /** `empty`: nothing typed. `malformed`: no number in any convention. `ambiguous`: not a number the
   * language's way but one the other way (`other` is that reading, in the API's form).
   * `too_many_decimals`: more than two digits after the decimal separator. */
  | { ok: false; reason: 'empty' | 'malformed' | 'too_many_decimals' }
  | { ok: false; reason: 'ambiguous'; other: string };

const escape = (char: string) => (char === '.' ? '\\.' : char);

/** The digits in one convention, or null. Whole part: plain digits, or 1–3 digits followed by groups of
 * exactly three after the group separator (a space is a group separator too); then optionally the decimal
 * separator and at most `maxDecimals` digits. */
function strict(body: string, { group, decimal }: Convention, maxDecimals: number): string | null {
  const grouped = body.replace(/ /g, group);
  const pattern = new RegExp(
    `^(\\d+|\\d{1,3}(?:${escape(group)}\\d{3})+)(?:${escape(decimal)}(\\d{1,${maxDecimals}}|-))?$`,
  );
  const match = pattern.exec(grouped);
  if (!match) return null;
  const whole = match[1]!.split(group).join('').replace(/^0+(?=\d)/, '');
  const cents = match[2] === '-' || match[2] === undefined ? '' : match[2];
  if (match[2] === '-' && decimal !== ',') return null; // "4.800,-": whole euros, the Dutch way only
  return `${whole}.${cents.padEnd(2, '0')}`;
}

/**
 * What a person typed as an amount → the API's form ("4800.00"), the way `language` writes numbers.
 *
 * Dutch (the default): `.` groups thousands and `,` starts the cents: `4.800`, `4.800,50`, `€ 4.800`,
 * `4800`, `4 800`, `4.800,-` and `-12,5` are read. English: `,` groups and `.` starts the cents:
 * `4,800.50`. A euro sign or `EUR` before or after and a leading minus are allowed.
 *
 * Never guessed: a text that is not an amount in the language's convention but is one in the other
 * (nl `4.80`, `1,234`, `1,234.56`; en `4,80`, `4.800`, `4.800,50`) is **ambiguous** and refused with that
 * other reading, so the person can say what they meant. Groups must be exactly three digits (`4.80.0` is
 * malformed); more than two decimals is refused, never rounded.
 */
export function readMoney(input: string, language: string, maxDecimals = 2): MoneyReading {
  let text = input.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  // A currency before or after, and one minus before the number or before the currency: `-€ 5`, `€ -5`.
  const currency = (part: string) => part.replace(/^(€|eur)\s*/i, '').replace(/\s*(€|eur)$/i, '').trim();
  text = currency(text);
  const negative = /^[-\u2212]/.test(text);
  if (negative) text = currency(text.slice(1).trim());
  const own = CONVENTIONS[numberLanguage(language)];
  const other = own === CONVENTIONS.nl ? CONVENTIONS.en : CONVENTIONS.nl;
  const sign = (value: string) => (negative && !/^0\.00$/.test(value) ? `-${value}` : value);
  const mine = strict(text, own, maxDecimals);
  if (mine !== null) return { ok: true, value: sign(mine) };
  const theirs = strict(text, other, maxDecimals);
  if (theirs !== null) return { ok: false, reason: 'ambiguous', other: sign(theirs) };
  if (strict(text, own, 99) !== null) return { ok: false, reason: 'too_many_decimals' };
  return { ok: false, reason: 'malformed' };
}

/** FTE, hours and other decimals as typed: read like money (same separators, same refusals), with up to
 * `maxDecimals` decimals. */
export function readDecimal(input: string, language: string, maxDecimals = 2): MoneyReading {
  return readMoney(input, language, maxDecimals);
}
