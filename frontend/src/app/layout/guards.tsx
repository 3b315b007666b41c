import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMe, type Role } from '@/lib/session';
import { ForbiddenPage } from './ForbiddenPage';

/** Only signed-in users pass; others go to the login page, which brings them back afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ProblemAlert error={me.error} />;
  if (!me.data) {
    const wanted = `${location.pathname}${location.search}`;
    const search = wanted === '/' ? '' : `?volgende=${encodeURIComponent(wanted)}`;
    return <Navigate to={`/inloggen${search}`} replace />;
  }
  return <Outlet />;
}

export function RequireRole({ role }: { role: Role }) {
  const me = useMe();
  if (me.data?.role !== role) return <ForbiddenPage />;
  return <Outlet />;
}
