/** Bar lengths in % of the largest value of a chart (display only). */
export function barWidths(values: string[]): number[] {
  const numbers = values.map((v) => Math.max(0, Number(v) || 0));
  const max = Math.max(...numbers, 0);
  return numbers.map((n) => (max === 0 ? 0 : Math.round((n / max) * 1000) / 10));
}
