import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, problemResponse, renderRoutes } from '@/test/render';
import { LoginPage } from './LoginPage';
import { getCsrfToken, setCsrfToken } from '@/lib/csrf';

const ME = {
  id: 'u1',
  email: 'admin@deventer.demo',
  name: 'Ada Admin',
  role: 'admin',
  organisation: { id: 'o1', name: 'Gemeente Deventer' },
  csrfToken: 'csrf-after-login',
};

const routes = [
  { path: '/inloggen', element: <LoginPage /> },
  { path: '/beheer/gebruikers', element: <p>Gebruikerspagina</p> },
  { path: '/', element: <p>Startpagina</p> },
];

afterEach(() => {
  vi.restoreAllMocks();
  setCsrfToken(null);
});

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/E-mailadres/), email);
  await user.type(screen.getByLabelText(/Wachtwoord/), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('LoginPage', () => {
  it('says clearly in Dutch that the e-mail address or password is wrong', async () => {
    mockApi({
      'GET /auth/me': () => problemResponse(401, { title: 'Unauthorized', detail: 'Not logged in.' }),
      'POST /auth/login': () => problemResponse(401, { title: 'Unauthorized', detail: 'Wrong e-mail address or password.' }),
    });
    renderRoutes(routes, { initialPath: '/inloggen' });
    await fillAndSubmit('admin@deventer.demo', 'fout');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het e-mailadres of het wachtwoord klopt niet.');
    expect(screen.getByLabelText(/Wachtwoord/)).toHaveValue('');
  });

  it('tells the user to wait when login is throttled', async () => {
    mockApi({
      'GET /auth/me': () => problemResponse(401, { title: 'Unauthorized', detail: '' }),
      'POST /auth/login': () =>
        problemResponse(429, { title: 'Too Many Requests', detail: 'Too many attempts.' }, { 'Retry-After': '300' }),
    });
    renderRoutes(routes, { initialPath: '/inloggen' });
    await fillAndSubmit('admin@deventer.demo', 'fout');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wacht 5 minuten');
  });

  it('logs in, keeps the CSRF token and goes to the page that was asked for', async () => {
    const { requests } = mockApi({
      'GET /auth/me': () => problemResponse(401, { title: 'Unauthorized', detail: '' }),
      'POST /auth/login': () => jsonResponse(ME),
    });
    renderRoutes(routes, { initialPath: '/inloggen?volgende=%2Fbeheer%2Fgebruikers' });
    await fillAndSubmit(' admin@deventer.demo ', 'geheim');
    expect(await screen.findByText('Gebruikerspagina')).toBeInTheDocument();
    expect(getCsrfToken()).toBe('csrf-after-login');
    const login = requests.find((r) => r.method === 'POST')!;
    expect(await login.json()).toEqual({ email: 'admin@deventer.demo', password: 'geheim' });
  });

  it('never follows a "next" address to another site', async () => {
    mockApi({
      'GET /auth/me': () => problemResponse(401, { title: 'Unauthorized', detail: '' }),
      'POST /auth/login': () => jsonResponse(ME),
    });
    renderRoutes(routes, { initialPath: '/inloggen?volgende=%2F%2Fevil.example' });
    await fillAndSubmit('admin@deventer.demo', 'geheim');
    await waitFor(() => expect(screen.getByText('Startpagina')).toBeInTheDocument());
  });
});
