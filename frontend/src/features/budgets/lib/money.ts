/** Money on the budget pages: the API sends and takes exact strings ("314777.00"); these only format
 * and parse, they never add up (the server does that, exactly). */

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/** "314777.00" → "€ 314.777,00" (nl) or "€314,777.00" (en). */
export function formatMoney(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  if (Number.isNaN(number)) return value;
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(number);
}

/** "12.50" → "12,50" (nl): FTE, days and percentages. */
export function formatNumber(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  if (Number.isNaN(number)) return value;
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(number);
}

/**
 * What a person typed → the API's form: "1.234,56", "1234,5", "€ 1 234.56" → "1234.56" / "1234.50".
 * A comma is the decimal separator (Dutch) and dots are then thousands; with only dots, a last dot
 * followed by one or two digits is the decimal point. Anything else is returned trimmed, for the server
 * to refuse at the field.
 */
export function parseMoney(input: string): string {
  const text = input.replace(/[€\s]/g, '');
  let normalised = text;
  if (text.includes(',')) {
    normalised = text.replace(/\./g, '').replace(',', '.');
  } else if (/\.\d{3}(\.|$)/.test(text) && !/\.\d{1,2}$/.test(text)) {
    normalised = text.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalised)) return input.trim();
  const [whole, fraction = ''] = normalised.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** Bar lengths in % of the largest value of a chart (display only). */
export function barWidths(values: string[]): number[] {
  const numbers = values.map((v) => Math.max(0, Number(v) || 0));
  const max = Math.max(...numbers, 0);
  return numbers.map((n) => (max === 0 ? 0 : Math.round((n / max) * 1000) / 10));
}
