import type { RouteObject } from 'react-router';

export const budgetRoutes: RouteObject[] = [
  { path: 'budgetten', lazy: async () => ({ Component: (await import('./routes/BudgetYearPage')).BudgetYearPage }) },
];
