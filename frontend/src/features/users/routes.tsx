import type { RouteObject } from 'react-router';

export const userRoutes: RouteObject[] = [
  { path: 'beheer/gebruikers', lazy: async () => ({ Component: (await import('./routes/UsersPage')).UsersPage }) },
  {
    path: 'beheer/gebruikers/nieuw',
    lazy: async () => ({ Component: (await import('./routes/NewUserPage')).NewUserPage }),
  },
  {
    path: 'beheer/gebruikers/:id',
    lazy: async () => ({ Component: (await import('./routes/UserDetailPage')).UserDetailPage }),
  },
];
