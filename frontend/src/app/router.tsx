import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { accessibilityRoutes } from '@/features/accessibility/routes';
import { apiTokenRoutes } from '@/features/api-tokens/routes';
import { auditRoutes } from '@/features/audit/routes';
import { calendarRoutes } from '@/features/calendars/routes';
import { authRoutes } from '@/features/auth/routes';
import { budgetRoutes } from '@/features/budgets/routes';
import { catalogueRoutes } from '@/features/catalogue/routes';
import { cohortRoutes } from '@/features/cohorts/routes';
import { CohortSlotsProvider, type CohortSlots } from '@/features/cohorts/slots';
import { competencyRoutes } from '@/features/competencies/routes';
import { homeRoutes } from '@/features/home/routes';
import { organisationRoutes } from '@/features/organisation/routes';
import { peopleRoutes } from '@/features/people/routes';
import { PersonSlotsProvider, type PersonSlots } from '@/features/people/slots';
import { reportRoutes } from '@/features/reports/routes';
import { reviewRoutes } from '@/features/review/routes';
import { roundRoutes } from '@/features/rounds/routes';
import { sessionRoutes } from '@/features/sessions/routes';
import { SessionSlotsProvider, TrainerSlotsProvider, type SessionSlots, type TrainerSlots } from '@/features/sessions/slots';
import { stakeholderRoutes } from '@/features/stakeholders/routes';
import { planRoutes } from '@/features/plan/routes';
import { programmeRoutes } from '@/features/programmes/routes';
import { questionnaireRoutes } from '@/features/questionnaires/routes';
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

/** A panel another feature lends, loaded as a chunk of its own when a page first shows it. */
function lent<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const calendarLinks = () => import('@/features/calendars/components/CalendarLinksPanel');

/** What other features lend a person's page: their cohorts, the sessions they attend, learning time, calendar. */
const personSlots: PersonSlots = {
  cohorts: lent(async () => (await import('@/features/cohorts/components/PersonCohortsPanel')).PersonCohortsPanel),
  sessions: lent(async () => (await import('@/features/sessions/components/PersonSessionsPanel')).PersonSessionsPanel),
  learningTime: lent(async () => (await import('@/features/calendars/components/PersonLearningTimePanel'))
    .PersonLearningTimePanel),
  calendar: lent(async () => {
    const { CalendarLinksPanel } = await calendarLinks();
    return ({ personId }: { personId: string }) => <CalendarLinksPanel kind="person" subjectId={personId} />;
  }),
};

/** What other features lend the cohort page: the calendars feature's calendar and learning time. */
const cohortSlots: CohortSlots = {
  learningTime: lent(async () => (await import('@/features/calendars/components/CohortLearningTimePanel'))
    .CohortLearningTimePanel),
  calendar: lent(async () => {
    const { CalendarLinksPanel } = await calendarLinks();
    return ({ cohortId }: { cohortId: string }) => <CalendarLinksPanel kind="cohort" subjectId={cohortId} />;
  }),
  rounds: lent(async () => (await import('@/features/rounds/components/CohortRoundsPanel')).CohortRoundsPanel),
};

/** What other features lend a session's page: the rounds feature's evaluation panel. */
const sessionSlots: SessionSlots = {
  evaluation: lent(async () => (await import('@/features/rounds/components/SessionEvaluationPanel'))
    .SessionEvaluationPanel),
};

/** What other features lend a trainer's page: the calendars feature's calendar. */
const trainerSlots: TrainerSlots = {
  calendar: lent(async () => {
    const { CalendarLinksPanel } = await calendarLinks();
    return ({ trainerId }: { trainerId: string }) => <CalendarLinksPanel kind="trainer" subjectId={trainerId} />;
  }),
};

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
          ...reportRoutes,
          ...stakeholderRoutes,
          ...calendarRoutes,
          {
            element: <PersonSlotsProvider slots={personSlots}><Outlet /></PersonSlotsProvider>,
            children: peopleRoutes,
          },
          ...questionnaireRoutes,
          ...roundRoutes,
          {
            element: (
              <TrainerSlotsProvider slots={trainerSlots}>
                <SessionSlotsProvider slots={sessionSlots}><Outlet /></SessionSlotsProvider>
              </TrainerSlotsProvider>
            ),
            children: sessionRoutes,
          },
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
