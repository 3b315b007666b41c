import type { RouteObject } from 'react-router';

export const calendarRoutes: RouteObject[] = [
  {
    path: 'medewerkers/leertijd',
    lazy: async () => ({ Component: (await import('./routes/LearningTimePage')).LearningTimePage }),
  },
];
