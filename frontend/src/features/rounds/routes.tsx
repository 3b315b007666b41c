import type { RouteObject } from 'react-router';

/** `/rondes/:roundId`: one round (meting) with its completion, invitations and responses. */
export const roundRoutes: RouteObject[] = [
  {
    path: 'rondes/:roundId',
    lazy: async () => ({ Component: (await import('./routes/RoundPage')).RoundPage }),
  },
];
