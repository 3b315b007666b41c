import type { RouteObject } from 'react-router';

export const reviewRoutes: RouteObject[] = [
  {
    path: 'plan/:planId/herijking',
    lazy: async () => ({ Component: (await import('./routes/ReviewWizardPage')).ReviewWizardPage }),
  },
];
