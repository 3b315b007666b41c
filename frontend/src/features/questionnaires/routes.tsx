import type { RouteObject } from 'react-router';

/** Questionnaires (DESIGN §2.7): the list with new ones from a template, the builder, and the preview. */
export const questionnaireRoutes: RouteObject[] = [
  { path: 'vragenlijsten', lazy: async () => ({ Component: (await import('./routes/InstrumentsPage')).InstrumentsPage }) },
  { path: 'vragenlijsten/:id', lazy: async () => ({ Component: (await import('./routes/InstrumentPage')).InstrumentPage }) },
  { path: 'vragenlijsten/:id/voorbeeld', lazy: async () => ({ Component: (await import('./routes/PreviewPage')).PreviewPage }) },
];
