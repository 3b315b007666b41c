import type { RouteObject } from 'react-router';

export const cohortRoutes: RouteObject[] = [
  {
    path: 'cohorten',
    lazy: async () => ({ Component: (await import('./routes/CohortsPage')).CohortsPage }),
  },
  {
    path: 'cohorten/:id',
    lazy: async () => ({ Component: (await import('./routes/CohortPage')).CohortPage }),
  },
];
