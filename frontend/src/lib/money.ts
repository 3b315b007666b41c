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
