import type { RouteObject } from 'react-router';

/** `/bijeenkomsten`: the sessions per month, one session with its attendees and attendance, trainers and
 * closing days. */
export const sessionRoutes: RouteObject[] = [
  {
    path: 'bijeenkomsten',
    lazy: async () => ({ Component: (await import('./routes/SessionsPage')).SessionsPage }),
  },
  {
    path: 'bijeenkomsten/trainers',
    lazy: async () => ({ Component: (await import('./routes/TrainersPage')).TrainersPage }),
  },
  {
    path: 'bijeenkomsten/trainers/:id',
    lazy: async () => ({ Component: (await import('./routes/TrainerPage')).TrainerPage }),
  },
  {
    path: 'bijeenkomsten/sluitingsdagen',
    lazy: async () => ({ Component: (await import('./routes/ClosingDaysPage')).ClosingDaysPage }),
  },
  {
    path: 'bijeenkomsten/:id',
    lazy: async () => ({ Component: (await import('./routes/SessionPage')).SessionPage }),
  },
];
