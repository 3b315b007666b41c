import type { RouteObject } from 'react-router';

export const apiTokenRoutes: RouteObject[] = [
  {
    path: 'beheer/api-tokens',
    lazy: async () => ({ Component: (await import('./routes/ApiTokensPage')).ApiTokensPage }),
  },
  {
    path: 'beheer/api-tokens/nieuw',
    lazy: async () => ({ Component: (await import('./routes/NewApiTokenPage')).NewApiTokenPage }),
  },
];
