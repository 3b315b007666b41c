import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, renderRoutes } from '@/test/render';
import type { EffectOverview } from '../api/types';
import { testReport } from '../lib/test-report';
import { ReportsOverviewPage } from './ReportsOverviewPage';

afterEach(() => vi.restoreAllMocks());

function overview(): EffectOverview {
  const report = testReport();
  const change = report.rows.find((row) => row.kind === 'level')!.changes[0]!;
  return {
    minimumGroupSize: 5,
    programmes: [{
      programmeId: '00000000-0000-4000-8000-0000000000a1',
      title: 'Traineeship Tijdreis Rotterdam',
      cohorts: [{
        cohortId: report.cohortId, name: 'Traineeship 2025-A', startDate: '2025-01-06', endDate: '2026-07-03',
        participants: 16, rounds: report.rounds, responseRate: 19 / 24,
        headline: [
          { level: 'participant', change },
          { level: 'programme', change: { ...change, meanDifference: null, effectSize: null, magnitude: null, ciLow: null, ciHigh: null, suppressed: 'too_few' } },
          { level: 'organisation', change: null },
        ],
      }],
    }],
  };
}

describe('ReportsOverviewPage', () => {
  it('lists each programme\'s cohorts with response and the headline effect per level in words', async () => {
    mockApi({ 'GET /effect-overview': () => jsonResponse(overview()) });
    renderRoutes([{ path: '/rapportages', element: <ReportsOverviewPage /> }], { initialPath: '/rapportages' });
    const table = await screen.findByRole('table', { name: 'Cohorten van Traineeship Tijdreis Rotterdam, nieuwste eerst' });
    const row = within(table).getByRole('row', { name: /Traineeship 2025-A/ });
    expect(within(row).getByRole('link', { name: 'Traineeship 2025-A' })).toHaveAttribute('href', '/cohorten/00000000-0000-4000-8000-0000000000c0/effectrapportage');
    expect(row).toHaveTextContent('79%');
    expect(row).toHaveTextContent('Groot effect (+8,8)');
    expect(row).toHaveTextContent('niet getoond (minder dan 5 respondenten)');
    expect(row).toHaveTextContent('nog geen voor- en nameting');
    expect(screen.getByRole('link', { name: 'Evaluaties van interventies per jaar' })).toHaveAttribute('href', '/evaluaties');
  });

  it('says so when there is nothing yet', async () => {
    mockApi({ 'GET /effect-overview': () => jsonResponse({ minimumGroupSize: 5, programmes: [] }) });
    renderRoutes([{ path: '/rapportages', element: <ReportsOverviewPage /> }], { initialPath: '/rapportages' });
    expect(await screen.findByText('Nog geen programma\'s met cohorten.')).toBeInTheDocument();
  });
});
