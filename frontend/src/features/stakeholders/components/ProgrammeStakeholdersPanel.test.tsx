import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '@/app/layout/guards';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, renderRoutes } from '@/test/render';
import { ProgrammeStakeholdersPanel } from './ProgrammeStakeholdersPanel';

const me = { id: 'u1', email: 'adviseur@example.org', name: 'Adviseur', role: 'editor',
  organisation: { id: 'o1', name: 'Gemeente' }, csrfToken: 't' };

function person(id: string, name: string, influence: string, affected: string, quadrant: string) {
  return { id, name, role: 'team_lead', unit: 'Stadsontwikkeling', influence, affected, quadrant, contribution: '',
    contact: '', programmeIds: [] as string[], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    version: 1 };
}

const bea = person('s1', 'Bea', 'high', 'high', 'manage_closely');
const carl = person('s2', 'Carl', 'low', 'high', 'keep_informed');
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 200, total: items.length });

afterEach(() => vi.restoreAllMocks());

describe('ProgrammeStakeholdersPanel', () => {
  it("shows the programme's stakeholders in the grid and the table, links, unlinks and records an engagement", async () => {
    let linked = [{ ...bea, programmeIds: ['p1'], engagementCount: 1 }];
    let engagements: unknown[] = [];
    const { requests } = mockApi({
      'GET /auth/me': () => jsonResponse(me),
      'GET /programmes/p1/stakeholders': () => jsonResponse(page(linked)),
      'GET /stakeholders': () => jsonResponse(page([bea, carl])),
      'GET /engagements': () => jsonResponse(page(engagements)),
      'PUT /programmes/p1/stakeholders/s2': () => {
        linked = [...linked, { ...carl, programmeIds: ['p1'], engagementCount: 0 }];
        return jsonResponse(linked[1]);
      },
      'DELETE /programmes/p1/stakeholders/s1': () => {
        linked = linked.filter((s) => s.id !== 's1');
        return new Response(null, { status: 204 });
      },
      'POST /engagements': async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        engagements = [{ id: 'e1', kind: body.kind, heldOn: body.heldOn, summary: body.summary, outcome: '',
          programmeId: 'p1', stakeholderIds: body.stakeholderIds, stakeholders: [{ id: 's2', name: 'Carl' }],
          createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1 }];
        return jsonResponse(engagements[0], { status: 201 });
      },
    });
    renderRoutes([{ element: <RequireAuth />,
      children: [{ path: '/', element: <ProgrammeStakeholdersPanel programmeId="p1" /> }] }]);

    const closely = await screen.findByRole('region', { name: /^Nauw betrekken/ }, { timeout: 10_000 });
    expect(within(closely).getByRole('link', { name: 'Bea' })).toHaveAttribute('href', '/belanghebbenden/s1');
    const table = screen.getByRole('table', { name: 'Belanghebbenden van dit programma' });
    const beaRow = within(table).getByRole('row', { name: /Bea/ });
    expect(beaRow).toHaveTextContent('Nauw betrekken');
    expect(within(beaRow).getAllByRole('cell').map((c) => c.textContent)).toContain('1');

    // Only those not linked yet are offered.
    const picker = await screen.findByRole('combobox', { name: 'Bestaande belanghebbende' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(
      ['Kies een belanghebbende', 'Carl (Stadsontwikkeling)']);
    await userEvent.selectOptions(picker, 's2');
    await userEvent.click(screen.getByRole('button', { name: 'Koppelen' }));
    expect(await screen.findByText('Carl is gekoppeld aan dit programma.')).toBeInTheDocument();
    const informed = await screen.findByRole('region', { name: /^Informeren/ });
    await waitFor(() => expect(within(informed).getByRole('link', { name: 'Carl' })).toBeInTheDocument());

    await userEvent.click(screen.getByRole('button', { name: /^Ontkoppelen ?\(Bea\)$/ }));
    expect(await screen.findByText('Bea is ontkoppeld van dit programma.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('region', { name: /^Nauw betrekken/ }))
      .queryByRole('link', { name: 'Bea' })).not.toBeInTheDocument());

    // An interview for this programme with a linked stakeholder.
    await userEvent.click(screen.getByRole('button', { name: 'Moment van betrekken toevoegen' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Carl' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Samenvatting' }), 'Interview met de teamleider');
    await userEvent.click(screen.getByRole('button', { name: 'Moment opslaan' }));
    expect(await screen.findByRole('heading', { name: /^Interview, / })).toBeInTheDocument();
    const posted = requests.find((r) => r.method === 'POST');
    expect(await posted?.json()).toMatchObject({ kind: 'interview', programmeId: 'p1', stakeholderIds: ['s2'],
      summary: 'Interview met de teamleider' });
  }, 60_000);
});
