import { describe, expect, it } from 'vitest';
import { changeBars, changeDomain, defaultComparison, heatBand, heatLegend, leverGrid, meansByMoment, meansKind, plotted, responseRates, roundLabeller } from './chart-data';
import { COMPETENCY_A, COMPETENCY_B, POST, PRE, testReport } from './test-report';

const label = (row: { label: string }) => row.label;
const roundLabel = (round: { title: string }) => round.title;

describe('chart data from the effect report', () => {
  it('draws the competencies per moment, a suppressed figure as a gap (null), not 0', () => {
    const report = testReport();
    expect(meansKind(report)).toBe('competency');
    const { series, data, scale } = meansByMoment(report, 'competency', label, roundLabel);
    expect(series.map((s) => s.key)).toEqual([COMPETENCY_A, COMPETENCY_B]);
    expect(data).toEqual([
      { round: 'Voormeting', [COMPETENCY_A]: 50, [COMPETENCY_B]: null },
      { round: 'Nameting', [COMPETENCY_A]: 64.5, [COMPETENCY_B]: null },
    ]);
    expect(series[1]!.cells.map((c) => c.suppressed)).toEqual(['too_few', 'too_few']);
    expect(scale).toEqual([0, 100]);
  });

  it('falls back to levels when there are no competency rows', () => {
    const report = testReport();
    report.rows = report.rows.filter((row) => row.kind !== 'competency');
    expect(meansKind(report)).toBe('level');
    report.rows = [];
    expect(meansKind(report)).toBeNull();
  });

  it('gives each group row its change with the interval as error distances; suppressed rows get no bar', () => {
    const report = testReport();
    const comparison = defaultComparison(report)!;
    expect(comparison).toEqual({ fromRoundId: PRE, toRoundId: POST, kind: 'paired' });
    const bars = changeBars(report, comparison, label);
    expect(bars.map((b) => b.label)).toEqual(['participant', 'Verbindend', 'Omgevingsbewust']);
    expect(bars[1]).toMatchObject({ value: 14.5, ciLow: 11.5, ciHigh: 17.5, error: [3, 3], magnitude: 'large' });
    expect(bars[2]).toMatchObject({ value: null, error: null, suppressed: 'too_few' });
    expect(plotted(bars).map((b) => b.label)).toEqual(['participant', 'Verbindend']);
    expect(changeDomain(bars)).toEqual([-20, 20]);
  });

  it('compares with the latest answered round while the post round shows nothing yet', () => {
    const report = testReport();
    const MID = '00000000-0000-4000-8000-000000000003';
    report.rounds.splice(1, 0, { ...report.rounds[0]!, id: MID, moment: 'midway', title: 'Halverwege' });
    report.comparisons = [{ fromRoundId: PRE, toRoundId: MID, kind: 'paired' }, ...report.comparisons];
    for (const row of report.rows) {
      const shown = row.changes[0]!;
      row.changes = [{ ...shown, toRoundId: MID }, { ...shown, meanDifference: null, suppressed: 'too_few' }];
    }
    expect(defaultComparison(report)?.toRoundId).toBe(MID);
    report.rows = [];
    expect(defaultComparison(report)?.toRoundId).toBe(POST);
  });

  it('bands lever means in fifths of the scale, with a legend of the same bounds', () => {
    expect(heatBand(0, [0, 100])).toBe(0);
    expect(heatBand(19.9, [0, 100])).toBe(0);
    expect(heatBand(20, [0, 100])).toBe(1);
    expect(heatBand(100, [0, 100])).toBe(4);
    expect(heatBand(null, [0, 100])).toBeNull();
    expect(heatLegend([0, 100])).toEqual([[0, 20], [20, 40], [40, 60], [60, 80], [80, 100]]);
    const grid = leverGrid(testReport(), label);
    expect(grid.levers.map((l) => l.cells.map((c) => c.band))).toEqual([[2, 4], [0, null]]);
  });

  it('lists response rates per round and labels rounds by moment, with the title when a moment repeats', () => {
    const report = testReport();
    expect(responseRates(report, roundLabel).map((r) => r.percent)).toEqual([83, 75]);
    const byMoment = roundLabeller(report.rounds, (round) => round.moment);
    expect(report.rounds.map(byMoment)).toEqual(['pre', 'post']);
    const twice = roundLabeller([...report.rounds, { ...report.rounds[1]!, id: 'x', title: 'Extra' }], (round) => round.moment);
    expect(twice(report.rounds[1]!)).toBe('post (Nameting)');
  });
});
