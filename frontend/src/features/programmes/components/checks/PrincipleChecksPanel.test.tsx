import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, renderWithRouter } from '@/test/render';
import type { PrincipleChecks } from '../../api/use-principle-checks';
import { PrincipleChecksPanel } from './PrincipleChecksPanel';

const fix = (step: PrincipleChecks['checks'][number]['fix']['step'], more: Record<string, string> = {}) => ({
  step,
  field: null,
  phaseId: null,
  learningLineId: null,
  competencyId: null,
  ...more,
});

function report(ticked: boolean): PrincipleChecks {
  return {
    programmeId: 'p1',
    summary: { pass: ticked ? 2 : 1, warn: 1, manual: ticked ? 0 : 1 },
    checks: [
      {
        principle: 'educational_theory',
        status: 'warn',
        fix: fix('framework', { phaseId: 'ph1' }),
        reasons: [
          {
            code: 'kolb_incomplete',
            status: 'warn',
            message: "Phase 'Verleden' misses 2 of the four phases of Kolb's cycle.",
            params: { phase: 'Verleden', missing: ['reflective_observation', 'active_experimentation'] },
            fix: fix('framework', { phaseId: 'ph1' }),
          },
        ],
        items: [],
      },
      {
        principle: 'structured_design_process',
        status: 'pass',
        fix: fix('effect_measurement'),
        reasons: [
          {
            code: 'stakeholders_engaged',
            status: 'pass',
            message: 'Stakeholders were engaged.',
            params: { count: 3, firstEngagement: '2026-01-12' },
            fix: fix('stakeholders'),
          },
          { code: 'some_future_rule', status: 'pass', message: 'A rule this SPA does not know yet.', params: {}, fix: fix('framework') },
        ],
        items: [
          {
            item: 'four_d_followed',
            principle: 'structured_design_process',
            label: 'The phases Define, Design, Develop and Deliver were followed.',
            confirmed: true,
            confirmedAt: '2026-03-02T09:30:00Z',
            confirmedBy: { id: 'u1', name: 'Anne de Vries' },
            note: '',
          },
        ],
      },
      {
        principle: 'user_centred_design',
        status: ticked ? 'pass' : 'manual',
        fix: fix('current_situation'),
        reasons: [],
        items: [
          {
            item: 'participants_interviewed',
            principle: 'user_centred_design',
            label: 'Participants and former participants were interviewed.',
            confirmed: ticked,
            confirmedAt: ticked ? '2026-03-03T10:00:00Z' : null,
            confirmedBy: ticked ? { id: 'u2', name: 'Bas Jansen' } : null,
            note: '',
          },
        ],
      },
    ],
  };
}

afterEach(() => vi.restoreAllMocks());

describe('PrincipleChecksPanel', () => {
  it('shows each principle with its status in words, the Dutch reasons and a link to what to fix', async () => {
    mockApi({ 'GET /programmes/p1/principle-checks': () => jsonResponse(report(false)) });
    renderWithRouter(<PrincipleChecksPanel programmeId="p1" canEdit />);

    const theory = (await screen.findByRole('heading', { level: 4, name: '1. Toepassing van onderwijskundige theorie' })).closest('li')!;
    expect(within(theory).getAllByText('Aandachtspunt')[0]).toBeInTheDocument();
    expect(theory).toHaveTextContent('Fase ‘Verleden’ mist een deel van de leercyclus van Kolb: Reflecteren, Actief experimenteren.');
    expect(within(theory).getByRole('link', { name: 'Naar Framework: Verleden' })).toHaveAttribute('href', '/programmas/p1/framework#phase-ph1');

    const process = screen.getByRole('heading', { name: '2. Gestructureerd ontwerp- en ontwikkelproces' }).closest('li')!;
    expect(process).toHaveTextContent('Voldoet');
    expect(process).toHaveTextContent('Belanghebbenden zijn betrokken in 3 interviews of designsessies voordat het framework af was.');
    expect(process).toHaveTextContent('A rule this SPA does not know yet.'); // an unknown code: the server's words
    expect(within(process).queryByRole('link')).toBeNull(); // nothing to fix
    const done = within(process).getByRole('checkbox', { name: 'De fasen Define, Design, Develop en Deliver zijn doorlopen.' });
    expect(done).toBeChecked();
    expect(done).toHaveAccessibleDescription(/Afgevinkt door Anne de Vries op 2 mrt 2026/);

    expect(screen.getByText('1 voldoen, 1 aandachtspunten, 1 zelf bevestigen')).toHaveAttribute('role', 'status');
  });

  it('ticks an item and shows the principle pass once the server says so', async () => {
    let ticked = false;
    const { requests } = mockApi({
      'GET /programmes/p1/principle-checks': () => jsonResponse(report(ticked)),
      'PUT /programmes/p1/principle-checks/items/participants_interviewed': () => {
        ticked = true;
        return jsonResponse(report(true).checks[2]!.items[0]);
      },
    });
    renderWithRouter(<PrincipleChecksPanel programmeId="p1" canEdit />);
    const box = await screen.findByRole('checkbox', { name: 'Deelnemers en oud-deelnemers zijn geïnterviewd.' });
    const entry = screen.getByRole('heading', { name: '3. Gebruikersgericht ontwerp' }).closest('li')!;
    expect(entry).toHaveTextContent('Zelf bevestigen');
    await userEvent.click(box);
    await waitFor(() => expect(box).toBeChecked());
    expect(entry).toHaveTextContent('Voldoet');
    expect(box).toHaveAccessibleDescription(/Afgevinkt door Bas Jansen/);
    expect(await screen.findByText('‘Deelnemers en oud-deelnemers zijn geïnterviewd.’ is afgevinkt.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ note: '' });
  });

  it('lets viewers read the checklist without ticking it', async () => {
    mockApi({ 'GET /programmes/p1/principle-checks': () => jsonResponse(report(false)) });
    renderWithRouter(<PrincipleChecksPanel programmeId="p1" canEdit={false} />);
    expect(await screen.findByRole('checkbox', { name: 'Deelnemers en oud-deelnemers zijn geïnterviewd.' })).toBeDisabled();
  });

  it('speaks English when the user does', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /programmes/p1/principle-checks': () => jsonResponse(report(false)) });
    renderWithRouter(<PrincipleChecksPanel programmeId="p1" canEdit />);
    expect(await screen.findByText("Phase 'Verleden' misses part of Kolb's learning cycle: Reflective observation, Active experimentation.", { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Framework: Verleden' })).toBeInTheDocument();
  });
});
