import type { RouteObject } from 'react-router';
import { RequireEditor } from '@/components/RequireEditor';

export const catalogueRoutes: RouteObject[] = [
  { path: 'catalogus', lazy: async () => ({ Component: (await import('./routes/CataloguePage')).CataloguePage }) },
  {
    element: <RequireEditor />,
    children: [
      {
        path: 'catalogus/nieuw',
        lazy: async () => ({ Component: (await import('./routes/NewInterventionPage')).NewInterventionPage }),
      },
      {
        path: 'catalogus/importeren',
        lazy: async () => ({ Component: (await import('./routes/ImportPage')).ImportPage }),
      },
      {
        path: 'catalogus/:id/bewerken',
        lazy: async () => ({ Component: (await import('./routes/EditInterventionPage')).EditInterventionPage }),
      },
    ],
  },
  {
    path: 'catalogus/:id',
    lazy: async () => ({ Component: (await import('./routes/InterventionDetailPage')).InterventionDetailPage }),
  },
];
