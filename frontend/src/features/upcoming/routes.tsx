import type { RouteObject } from 'react-router';
import type { UpcomingDomain } from './routes/UpcomingPage';

// Every domain has landed (the reports last, in features/reports); a new one starts here until it does.
const PATHS: [string, UpcomingDomain][] = [];

/** The domains still to be built; each gets its real routes in its own feature when it lands. */
export const upcomingRoutes: RouteObject[] = PATHS.map(([path, domain]) => ({
  path,
  lazy: async () => {
    const { UpcomingPage } = await import('./routes/UpcomingPage');
    return { Component: () => <UpcomingPage domain={domain} /> };
  },
}));
