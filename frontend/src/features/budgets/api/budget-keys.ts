export const budgetKeys = {
  all: ['budgets'] as const,
  years: () => [...budgetKeys.all, 'years'] as const,
  year: (year: number) => [...budgetKeys.all, 'year', year] as const,
  summary: (year: number) => [...budgetKeys.year(year), 'summary'] as const,
  budgets: (year: number) => [...budgetKeys.year(year), 'budgets'] as const,
  lines: (year: number) => [...budgetKeys.year(year), 'lines'] as const,
  teams: (year: number) => [...budgetKeys.year(year), 'teams'] as const,
  payroll: (year: number) => [...budgetKeys.year(year), 'payroll'] as const,
  shares: (interventionId: string) => [...budgetKeys.all, 'funding-shares', interventionId] as const,
  expenditureLists: () => [...budgetKeys.all, 'expenditures'] as const,
  expenditures: (lineId: string) => [...budgetKeys.expenditureLists(), lineId] as const,
};

// A year holds a handful of budgets and teams and rarely more than a few dozen lines: one page of 200.
export const ALL_OF_YEAR = { pageSize: 200 };
