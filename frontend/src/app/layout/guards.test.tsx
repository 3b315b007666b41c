import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, problemResponse, renderRoutes } from '@/test/render';
import { RequireAuth, RequireRole } from './guards';

function LoginProbe() {
  return <p>Inlogpagina {window.location.pathname}</p>;
}

const routes = [
  { path: '/inloggen', element: <LoginProbe /> },
  {
    element: <RequireAuth />,
    children: [
      { path: '/', element: <p>Start</p> },
      {
        element: <RequireRole role="admin" />,
        children: [{ path: '/beheer/gebruikers', element: <p>Gebruikers</p> }],
      },
    ],
  },
];

const me = (role: string) => ({
  id: 'u1',
  email: 'x@example.org',
  name: 'X',
  role,
  organisation: { id: 'o1', name: 'Gemeente' },
  csrfToken: 't',
});

afterEach(() => vi.restoreAllMocks());

describe('route guards', () => {
  it('sends anonymous users to the login page and keeps where they wanted to go', async () => {
    mockApi({ 'GET /auth/me': () => problemResponse(401, { title: 'Unauthorized', detail: '' }) });
    const { router } = renderRoutes(routes, { initialPath: '/beheer/gebruikers?q=jan' });
    await screen.findByText(/Inlogpagina/);
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(new URLSearchParams(router.state.location.search).get('volgende')).toBe('/beheer/gebruikers?q=jan');
  });

  it('shows "no access" to a viewer on an admin page', async () => {
    mockApi({ 'GET /auth/me': () => jsonResponse(me('viewer')) });
    renderRoutes(routes, { initialPath: '/beheer/gebruikers' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByText('Gebruikers')).not.toBeInTheDocument();
  });

  it('lets an admin in', async () => {
    mockApi({ 'GET /auth/me': () => jsonResponse(me('admin')) });
    renderRoutes(routes, { initialPath: '/beheer/gebruikers' });
    expect(await screen.findByText('Gebruikers')).toBeInTheDocument();
  });

  it('shows the problem when the server cannot say who is logged in', async () => {
    mockApi({ 'GET /auth/me': () => problemResponse(503, { title: 'Service Unavailable', detail: 'Database is down.' }) });
    renderRoutes(routes, { initialPath: '/' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Database is down.');
  });
});
