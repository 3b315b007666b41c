import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '@/app/layout/guards';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, renderRoutes } from '@/test/render';
import { PersonLearningTimePanel } from './PersonLearningTimePanel';

const me = { id: 'u1', email: 'adviseur@example.org', name: 'Adviseur', role: 'viewer',
  organisation: { id: 'o1', name: 'Gemeente' }, csrfToken: 't' };

function year(value: number, sessions: unknown[]) {
  return { personId: 'p1', year: value, plannedHours: '2.50', attendedHours: '3.00', unrecordedHours: '0.00',
    normHours: '96.00', sessions };
}

afterEach(() => vi.restoreAllMocks());

describe('PersonLearningTimePanel', () => {
  it("shows the year's hours against the norm and each session, and steps to another year", async () => {
    const { requests } = mockApi({
      'GET /auth/me': () => jsonResponse(me),
      'GET /people/p1/learning-time': (request) => {
        const asked = new URL(request.url).searchParams.get('year');
        return jsonResponse(asked === '2025' ? year(2025, []) : year(2026, [
          { sessionId: 's1', day: '2026-03-10', title: 'Klantgericht schrijven', status: 'held', attendance: 'present',
            hours: '3.00', countedAs: 'attended' },
        ]));
      },
    });
    renderRoutes([{ element: <RequireAuth />, children: [{ path: '/', element: <PersonLearningTimePanel personId="p1" /> }] }]);

    expect(await screen.findByRole('heading', { name: 'Leertijd 2026' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('96 uur per fte (12 dagen van 8 uur)')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Bijeenkomsten in 2026' });
    const row = within(table).getByRole('row', { name: /10 maart 2026/ });
    expect(row).toHaveTextContent('Klantgericht schrijven');
    expect(row).toHaveTextContent('Gevolgd');
    expect(screen.getByRole('img', { name: /Gevolgd 3 uur, Gepland 2,5 uur, Norm 96 uur/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Vorig jaar (2025)' }));
    expect(await screen.findByText('Geen bijeenkomsten in 2025.')).toBeInTheDocument();
    expect(requests.some((r) => r.url.includes('year=2025'))).toBe(true);
  }, 30_000);
});
