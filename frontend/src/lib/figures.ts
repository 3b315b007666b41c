/** Figures of the reports (means, differences, effect sizes, shares) in the user's language: "3,45" and
 * "95 %-interval 0,12 tot 0,88" in Dutch, "3.45" in English. The API sends them as plain numbers; null is "no
 * figure" and formats as an empty string (the caller says why it is missing). */
import { intlLocale } from './format';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${intlLocale(language)}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(intlLocale(language), options);
    formatters.set(key, found);
  }
  return found;
}

/** A decimal with a fixed number of digits: 3.4512 → "3,45" (nl), "3.45" (en). Minus is a plain hyphen-minus. */
export function formatDecimal(value: number | null | undefined, language: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  // A value that rounds to zero is zero, not "-0,0".
  const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  return formatter(language, { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(shown)
    .replace(/\u2212/g, '-');
}

/** A difference with its sign: 0.5 → "+0,50", -0.5 → "-0,50", 0 → "0,00". */
export function formatSigned(value: number | null | undefined, language: string, digits = 2): string {
  const text = formatDecimal(value, language, digits);
  return text && value !== null && value !== undefined && value > 0 && text !== formatDecimal(0, language, digits)
    ? `+${text}`
    : text;
}

/** A share from 0 to 1 as a whole percentage: 0.857 → "86%" (both languages write it without a space here, the
 * Dutch convention for a percentage in a table). */
export function formatShare(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return `${formatter(language, { maximumFractionDigits: 0 }).format(value * 100)}%`;
}

/** A p-value: "< 0,001" below a thousandth, else three digits. */
export function formatP(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return value < 0.001 ? `< ${formatDecimal(0.001, language, 3)}` : formatDecimal(value, language, 3);
}
