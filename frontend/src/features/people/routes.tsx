import type { RouteObject } from 'react-router';
import { RequireEditor } from '@/components/RequireEditor';

export const peopleRoutes: RouteObject[] = [
  { path: 'medewerkers', lazy: async () => ({ Component: (await import('./routes/PeoplePage')).PeoplePage }) },
  {
    element: <RequireEditor />,
    children: [
      {
        path: 'medewerkers/importeren',
        lazy: async () => ({ Component: (await import('./routes/ImportPeoplePage')).ImportPeoplePage }),
      },
    ],
  },
  { path: 'medewerkers/:id', lazy: async () => ({ Component: (await import('./routes/PersonPage')).PersonPage }) },
];
