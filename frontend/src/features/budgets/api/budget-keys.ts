export const budgetKeys = {
  all: ['budgets'] as const,
  year: (year: number) => [...budgetKeys.all, 'year', year] as const,
  summary: (year: number) => [...budgetKeys.year(year), 'summary'] as const,
  budgets: (year: number) => [...budgetKeys.year(year), 'budgets'] as const,
  lines: (year: number) => [...budgetKeys.year(year), 'lines'] as const,
  teams: (year: number) => [...budgetKeys.year(year), 'teams'] as const,
  payroll: (year: number) => [...budgetKeys.year(year), 'payroll'] as const,
  expenditures: (lineId: string) => [...budgetKeys.all, 'expenditures', lineId] as const,
  interventions: ['budgets', 'intervention-options'] as const,
};
