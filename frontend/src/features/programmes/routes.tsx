import type { RouteObject } from 'react-router';

/** Programme design (DESIGN §2.4): the list, a new one, its workspace (a path per design step) and its print view. */
export const programmeRoutes: RouteObject[] = [
  { path: 'programmas', lazy: async () => ({ Component: (await import('./routes/ProgrammesPage')).ProgrammesPage }) },
  { path: 'programmas/nieuw', lazy: async () => ({ Component: (await import('./routes/NewProgrammePage')).NewProgrammePage }) },
  { path: 'programmas/:id/overzicht', lazy: async () => ({ Component: (await import('./routes/ProgrammeOverviewPage')).ProgrammeOverviewPage }) },
  { path: 'programmas/:id/:step?', lazy: async () => ({ Component: (await import('./routes/ProgrammeWorkspacePage')).ProgrammeWorkspacePage }) },
];
