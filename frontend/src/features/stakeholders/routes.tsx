import type { RouteObject } from 'react-router';

export const stakeholderRoutes: RouteObject[] = [
  {
    path: 'belanghebbenden',
    lazy: async () => ({ Component: (await import('./routes/StakeholdersPage')).StakeholdersPage }),
  },
  {
    path: 'belanghebbenden/:id',
    lazy: async () => ({ Component: (await import('./routes/StakeholderPage')).StakeholderPage }),
  },
];
