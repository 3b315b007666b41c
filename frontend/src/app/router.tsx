import { lazy } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { accessibilityRoutes } from '@/features/accessibility/routes';
import { apiTokenRoutes } from '@/features/api-tokens/routes';
import { auditRoutes } from '@/features/audit/routes';
import { authRoutes } from '@/features/auth/routes';
import { budgetRoutes } from '@/features/budgets/routes';
import { catalogueRoutes } from '@/features/catalogue/routes';
import { cohortRoutes } from '@/features/cohorts/routes';
import { CohortSlotsProvider, type CohortSlots } from '@/features/cohorts/slots';
import { competencyRoutes } from '@/features/competencies/routes';
import { homeRoutes } from '@/features/home/routes';
import { organisationRoutes } from '@/features/organisation/routes';
import { reviewRoutes } from '@/features/review/routes';
import { stakeholderRoutes } from '@/features/stakeholders/routes';
import { planRoutes } from '@/features/plan/routes';
import { programmeRoutes } from '@/features/programmes/routes';
import { ProgrammeSlotsProvider, type ProgrammeSlots } from '@/features/programmes/slots';
import { upcomingRoutes } from '@/features/upcoming/routes';
import { userRoutes } from '@/features/users/routes';
import { AppShell } from './layout/AppShell';
import { RequireAuth, RequireRole } from './layout/guards';
import { NotFoundPage } from './layout/NotFoundPage';
import { RouteError } from './layout/RouteError';

/** What other features lend the programme workspace: step 3's stakeholders panel, a chunk of its own. */
const programmeSlots: ProgrammeSlots = {
  stakeholders: lazy(async () => ({
    default: (await import('@/features/stakeholders/components/ProgrammeStakeholdersPanel')).ProgrammeStakeholdersPanel,
  })),
};

/** What other features lend the cohort page: the calendars feature's learning time and calendar panels (wired at
 * the merge, when that feature lands; empty until then). */
const cohortSlots: CohortSlots = {};

/** Every feature's routes, composed. Each page is a lazy chunk; only the shell is in the main bundle. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      ...authRoutes,
      ...accessibilityRoutes,
      {
        element: <RequireAuth />,
        children: [
          ...homeRoutes,
          ...planRoutes,
          ...competencyRoutes,
          ...catalogueRoutes,
          ...upcomingRoutes,
          ...organisationRoutes,
          ...budgetRoutes,
          ...reviewRoutes,
          ...stakeholderRoutes,
          {
            element: <ProgrammeSlotsProvider slots={programmeSlots}><Outlet /></ProgrammeSlotsProvider>,
            children: programmeRoutes,
          },
          {
            element: <CohortSlotsProvider slots={cohortSlots}><Outlet /></CohortSlotsProvider>,
            children: cohortRoutes,
          },
          {
            element: <RequireRole role="admin" />,
            children: [
              { path: 'beheer', element: <Navigate to="/beheer/gebruikers" replace /> },
              ...userRoutes,
              ...apiTokenRoutes,
              ...auditRoutes,
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
