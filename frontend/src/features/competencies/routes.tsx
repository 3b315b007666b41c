import type { RouteObject } from 'react-router';

export const competencyRoutes: RouteObject[] = [
  {
    path: 'competenties',
    lazy: async () => ({ Component: (await import('./routes/CompetenciesPage')).CompetenciesPage }),
  },
  {
    path: 'competenties/:id',
    lazy: async () => ({ Component: (await import('./routes/FrameworkPage')).FrameworkPage }),
  },
];
