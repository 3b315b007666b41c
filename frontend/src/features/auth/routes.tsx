import type { RouteObject } from 'react-router';

export const authRoutes: RouteObject[] = [
  {
    path: 'inloggen',
    lazy: async () => ({ Component: (await import('./routes/LoginPage')).LoginPage }),
  },
];
