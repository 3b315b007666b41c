import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, renderRoutes } from '@/test/render';
import type { EvaluationGroup, YearEvaluations } from '../api/types';
import { YearEvaluationsPage } from './YearEvaluationsPage';

afterEach(() => vi.restoreAllMocks());

function group(key: string, label: string, overall: number | null, responses: number | null): EvaluationGroup {
  const suppressed = responses === null ? 'too_few' : null;
  return {
    kind: 'intervention', key, label, day: null, invited: 20, responses, suppressed,
    aspects: [{ aspect: 'overall', n: responses, mean: overall, sd: overall === null ? null : 1, scaleMin: 0, scaleMax: 10, suppressed }],
  };
}

describe('YearEvaluationsPage', () => {
  it('ranks the year\'s interventions, marks the highest and lowest shown, and keeps suppressed ones without figures', async () => {
    const year: YearEvaluations = {
      year: 2014, minimumGroupSize: 5, trainers: [], locations: [],
      interventions: [group('a', 'Vermogen tot verbinden', 7.79, 14), group('b', 'Gesprekstechnieken', 7.0, 12),
        group('c', 'Outputgericht aansturen', 6.5, 8), group('d', 'Klein clubje', null, null)],
    };
    const api = mockApi({ 'GET /evaluation-overview': () => jsonResponse(year) });
    renderRoutes([{ path: '/evaluaties', element: <YearEvaluationsPage /> }], { initialPath: '/evaluaties?jaar=2014' });
    const table = await screen.findByRole('table', { name: 'Geëvalueerde interventies in 2014, hoogst gewaardeerd eerst' });
    expect(new URL(api.requests[0]!.url).searchParams.get('year')).toBe('2014');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Hoogst gewaardeerd');
    expect(rows[0]).toHaveTextContent('7,8 (n = 14)');
    expect(rows[2]).toHaveTextContent('Laagst gewaardeerd');
    expect(rows[3]).toHaveTextContent('niet getoond (minder dan 5 respondenten)');
    expect(rows[3]).not.toHaveTextContent('gewaardeerd');
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', '/catalogus/a/evaluaties?jaar=2014');
    expect(screen.getByRole('link', { name: 'Download evaluaties 2014 (Excel)' }))
      .toHaveAttribute('href', '/api/v1/evaluation-overview/export?year=2014&format=xlsx');
  });
});
