import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '@/app/layout/guards';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, renderRoutes } from '@/test/render';
import { CalendarLinksPanel } from './CalendarLinksPanel';

const me = (role: string) => ({ id: 'u1', email: 'adviseur@example.org', name: 'Adviseur', role,
  organisation: { id: 'o1', name: 'Gemeente' }, csrfToken: 't' });
const feed = { id: 'f1', kind: 'cohort', subjectId: 'c1', createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z', version: 1 };
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 50, total: items.length });

function render(role = 'editor') {
  renderRoutes([{ element: <RequireAuth />,
    children: [{ path: '/', element: <CalendarLinksPanel kind="cohort" subjectId="c1" /> }] }]);
  return role;
}

afterEach(() => vi.restoreAllMocks());

describe('CalendarLinksPanel', () => {
  it('offers the download, makes a subscription link, shows it once with a copy button and the Outlook steps', async () => {
    let feeds: (typeof feed)[] = [];
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    mockApi({
      'GET /auth/me': () => jsonResponse(me('editor')),
      'GET /calendar-feeds': () => jsonResponse(page(feeds)),
      'POST /calendar-feeds': () => {
        feeds = [feed];
        return jsonResponse({ ...feed, url: 'https://leerkoers.example/api/v1/calendar/geheim.ics' }, { status: 201 });
      },
    });
    render();

    const download = await screen.findByRole('link', { name: 'Agenda downloaden (.ics)' }, { timeout: 10_000 });
    expect(download).toHaveAttribute('href', '/api/v1/cohorts/c1/calendar.ics');
    expect(await screen.findByText('Er is nog geen abonnementslink.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Abonnementslink maken' }));

    const field = await screen.findByRole('textbox', { name: 'Abonnementslink' });
    expect(field).toHaveValue('https://leerkoers.example/api/v1/calendar/geheim.ics');
    expect(screen.getByText('Kopieer deze link nu: hij wordt maar één keer getoond.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Zo voegt u de agenda toe in Outlook' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link kopiëren' }));
    expect(writeText).toHaveBeenCalledWith('https://leerkoers.example/api/v1/calendar/geheim.ics');
    expect(await screen.findByText('De link is gekopieerd.')).toBeInTheDocument();
    // once a feed exists, it is renewed rather than made again
    expect(await screen.findByRole('button', { name: 'Link vernieuwen' })).toBeInTheDocument();
  }, 30_000);

  it('renews an existing link: the new one is shown', async () => {
    mockApi({
      'GET /auth/me': () => jsonResponse(me('editor')),
      'GET /calendar-feeds': () => jsonResponse(page([feed])),
      'POST /calendar-feeds/f1/rotate': () => jsonResponse({ ...feed, url: 'https://x/api/v1/calendar/nieuw.ics' }),
    });
    render();
    expect(await screen.findByText(/Er is een abonnementslink sinds 1 maart 2026/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Link vernieuwen' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Abonnementslink' })).toHaveValue('https://x/api/v1/calendar/nieuw.ics'));
  }, 30_000);

  it('lets a viewer download but not make a link', async () => {
    mockApi({
      'GET /auth/me': () => jsonResponse(me('viewer')),
      'GET /calendar-feeds': () => jsonResponse(page([])),
    });
    render('viewer');
    expect(await screen.findByText(/alleen een redacteur of beheerder/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Abonnementslink maken' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Agenda downloaden (.ics)' })).toBeInTheDocument();
  }, 30_000);
});
