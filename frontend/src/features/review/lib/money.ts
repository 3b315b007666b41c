/** "20000.00" → "€ 20.000,00" (nl): display only; the API's amounts are exact strings. */
export function formatMoney(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  if (Number.isNaN(number)) return value;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(number);
}
