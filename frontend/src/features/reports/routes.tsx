import type { RouteObject } from 'react-router';

/** The reports: the overview, a cohort's effect report, an intervention's evaluations and a year's. */
export const reportRoutes: RouteObject[] = [
  { path: 'rapportages', lazy: async () => ({ Component: (await import('./routes/ReportsOverviewPage')).ReportsOverviewPage }) },
  {
    path: 'cohorten/:cohortId/effectrapportage',
    lazy: async () => ({ Component: (await import('./routes/EffectReportPage')).EffectReportPage }),
  },
  {
    path: 'catalogus/:interventionId/evaluaties',
    lazy: async () => ({ Component: (await import('./routes/EvaluationReportPage')).EvaluationReportPage }),
  },
  { path: 'evaluaties', lazy: async () => ({ Component: (await import('./routes/YearEvaluationsPage')).YearEvaluationsPage }) },
];
