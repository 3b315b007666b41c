/** `"1.50"` → `1,5`; `"2.00"` → `2`. */
export function formatNumber(value: string | null, language: string): string {
  if (value === null) return '';
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(number);
}

/** `"6520.00"` → `€ 6.520,00` (or `€6,520.00` in English). */
export function formatMoney(value: string, language: string): string {
  const amount = Number(value);
  if (!Number.isFinite(amount)) return value;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(amount);
}
