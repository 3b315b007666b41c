import type { RouteObject } from 'react-router';

export const catalogueRoutes: RouteObject[] = [
  { path: 'catalogus', lazy: async () => ({ Component: (await import('./routes/CataloguePage')).CataloguePage }) },
  {
    path: 'catalogus/nieuw',
    lazy: async () => ({ Component: (await import('./routes/NewInterventionPage')).NewInterventionPage }),
  },
  {
    path: 'catalogus/importeren',
    lazy: async () => ({ Component: (await import('./routes/ImportPage')).ImportPage }),
  },
  {
    path: 'catalogus/:id',
    lazy: async () => ({ Component: (await import('./routes/InterventionDetailPage')).InterventionDetailPage }),
  },
  {
    path: 'catalogus/:id/bewerken',
    lazy: async () => ({ Component: (await import('./routes/EditInterventionPage')).EditInterventionPage }),
  },
];
