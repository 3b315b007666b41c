import type { RouteObject } from 'react-router';

export const auditRoutes: RouteObject[] = [
  { path: 'beheer/audit', lazy: async () => ({ Component: (await import('./routes/AuditPage')).AuditPage }) },
];
