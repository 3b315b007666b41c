import type { RouteObject } from 'react-router';

export const organisationRoutes: RouteObject[] = [
  {
    path: 'beheer/organisatie',
    lazy: async () => ({ Component: (await import('./routes/OrganisationPage')).OrganisationPage }),
  },
];
