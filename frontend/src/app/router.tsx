import { lazy } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { accessibilityRoutes } from '@/features/accessibility/routes';
import { apiTokenRoutes } from '@/features/api-tokens/routes';
import { auditRoutes } from '@/features/audit/routes';
import { authRoutes } from '@/features/auth/routes';
import { budgetRoutes } from '@/features/budgets/routes';
import { catalogueRoutes } from '@/features/catalogue/routes';
import { competencyRoutes } from '@/features/competencies/routes';
import { homeRoutes } from '@/features/home/routes';
import { organisationRoutes } from '@/features/organisation/routes';
import { reviewRoutes } from '@/features/review/routes';
import { sessionRoutes } from '@/features/sessions/routes';
import { TrainerSlotsProvider, type TrainerSlots } from '@/features/sessions/slots';
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

/** What other features lend the trainer page: its calendar (the calendars feature wires it when it lands). */
const trainerSlots: TrainerSlots = {};

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
            element: <TrainerSlotsProvider slots={trainerSlots}><Outlet /></TrainerSlotsProvider>,
            children: sessionRoutes,
          },
          {
            element: <ProgrammeSlotsProvider slots={programmeSlots}><Outlet /></ProgrammeSlotsProvider>,
            children: programmeRoutes,
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
