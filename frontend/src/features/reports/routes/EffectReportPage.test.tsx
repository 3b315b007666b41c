import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, renderRoutes } from '@/test/render';
import { COMPETENCY_A, testReport } from '../lib/test-report';
import { EffectReportPage } from './EffectReportPage';

const COHORT = '00000000-0000-4000-8000-0000000000c0';
const PATH = `/cohorten/${COHORT}/effectrapportage`;

afterEach(() => vi.restoreAllMocks());

function setup(initialPath = PATH) {
  const api = mockApi({
    [`GET /cohorts/${COHORT}/effect-report`]: (request) => {
      const level = new URL(request.url).searchParams.get('level');
      const report = testReport();
      if (level) report.rows = report.rows.filter((row) => row.level === level && row.kind !== 'competency');
      return jsonResponse(report);
    },
    'GET /competencies': () => jsonResponse({ items: [{ id: COMPETENCY_A, name: 'Verbindend' }], total: 1, page: 1, pageSize: 200 }),
  });
  const view = renderRoutes([{ path: '/cohorten/:cohortId/effectrapportage', element: <EffectReportPage /> }], { initialPath });
  return { ...view, api };
}

describe('EffectReportPage', () => {
  it('shows each chart hidden from assistive technology beside a captioned table of the same numbers', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Effectrapportage Traineeship 2025-A' })).toBeInTheDocument();
    for (const id of ['response', 'means', 'change', 'levers']) {
      const pair = screen.getByTestId(id);
      expect(within(pair).getByTestId(`${id}-chart`)).toHaveAttribute('aria-hidden', 'true');
      expect(pair.querySelector('table caption')).not.toBeNull();
    }
    const change = within(screen.getByTestId('change')).getByRole('table');
    expect(within(change).getByRole('row', { name: /Competentie: Verbindend/ })).toHaveTextContent('+14,5');
    expect(within(change).getByRole('row', { name: /Competentie: Verbindend/ })).toHaveTextContent('11,5 tot 17,5');
    expect(within(change).getByRole('row', { name: /Competentie: Verbindend/ })).toHaveTextContent('Groot effect');
  });

  it('shows a suppressed figure as "niet getoond" with the reason, never as 0', async () => {
    setup();
    const means = within(await screen.findByTestId('means')).getByRole('table');
    const row = within(means).getByRole('row', { name: /Omgevingsbewust/ });
    expect(row).toHaveTextContent('niet getoond (minder dan 5 respondenten)');
    expect(row).not.toHaveTextContent(/\b0,0\b/);
  });

  it('applies the filters through the API and keeps them in the URL', async () => {
    const { router, api } = setup();
    const user = userEvent.setup();
    await screen.findByTestId('means');
    await user.selectOptions(screen.getByLabelText('Niveau'), 'participant');
    await user.click(screen.getByRole('button', { name: 'Filters toepassen' }));
    await waitFor(() => expect(router.state.location.search).toBe('?niveau=participant'));
    await waitFor(() => expect(api.requests.some((r) => new URL(r.url).searchParams.get('level') === 'participant')).toBe(true));
    expect(await screen.findByText('1 filter actief.')).toBeInTheDocument();
  });

  it('reads the filters from the URL on load', async () => {
    const { api } = setup(`${PATH}?niveau=programme&dimensie=onzin`);
    await screen.findByRole('heading', { level: 1 });
    const sent = new URL(api.requests.find((r) => r.url.includes('effect-report'))!.url).searchParams;
    expect(sent.get('level')).toBe('programme');
    expect(sent.has('dimension')).toBe(false);
  });

  it('links the exports with the same filters', async () => {
    setup(`${PATH}?niveau=participant`);
    const xlsx = await screen.findByRole('link', { name: 'Download effectrapportage (Excel)' });
    expect(xlsx.getAttribute('href')).toBe(`/api/v1/cohorts/${COHORT}/effect-report/export?level=participant&format=xlsx`);
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeInTheDocument();
  });
});
