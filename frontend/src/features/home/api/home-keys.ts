/**
 * The dashboard reads what the budget page reads, under the same keys, so a change made there (which
 * invalidates `['budgets', ...]`) refreshes the dashboard too.
 */
export const homeKeys = {
  years: () => ['budgets', 'years'] as const,
  summary: (year: number) => ['budgets', 'year', year, 'summary'] as const,
};
