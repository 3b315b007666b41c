import type { RouteObject } from 'react-router';

export const planRoutes: RouteObject[] = [
  { path: 'plan', lazy: async () => ({ Component: (await import('./routes/PlansPage')).PlansPage }) },
  { path: 'plan/nieuw', lazy: async () => ({ Component: (await import('./routes/NewPlanPage')).NewPlanPage }) },
  { path: 'plan/:id', lazy: async () => ({ Component: (await import('./routes/PlanPage')).PlanPage }) },
];
