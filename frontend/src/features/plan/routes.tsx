import type { RouteObject } from 'react-router';
import { RequireEditor } from '@/components/RequireEditor';

export const planRoutes: RouteObject[] = [
  { path: 'plan', lazy: async () => ({ Component: (await import('./routes/PlansPage')).PlansPage }) },
  {
    element: <RequireEditor />,
    children: [
      { path: 'plan/nieuw', lazy: async () => ({ Component: (await import('./routes/NewPlanPage')).NewPlanPage }) },
    ],
  },
  { path: 'plan/:id', lazy: async () => ({ Component: (await import('./routes/PlanPage')).PlanPage }) },
];
