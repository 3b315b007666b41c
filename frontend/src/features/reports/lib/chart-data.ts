/** The effect report turned into what its charts plot and its tables list: the same numbers for both, so a chart
 * and the table beside it always agree. A suppressed figure is null here (a gap in a chart, "niet getoond" in a
 * table), never 0. */
import type { EffectReport, EffectRow, ReportComparison, ReportRound, ReportRowKind, SuppressionReason } from '../api/types';

export type RowLabel = (row: EffectRow) => string;

/** The group rows the charts compare; questions stay in the question table. */
export const CHANGE_KINDS: readonly ReportRowKind[] = ['level', 'dimension', 'competency'];

/** Which rows the means chart draws: the competencies, else (a report without competency questions, or filtered
 * to none) the dimensions, else the levels. */
export function meansKind(report: EffectReport): ReportRowKind | null {
  for (const kind of ['competency', 'dimension', 'level'] as const) {
    if (report.rows.some((row) => row.kind === kind)) return kind;
  }
  return null;
}

export function rowsOf(report: EffectReport, kind: ReportRowKind): EffectRow[] {
  return report.rows.filter((row) => row.kind === kind);
}

export interface MeanCell {
  roundId: string;
  n: number | null;
  mean: number | null;
  suppressed: SuppressionReason | null;
}

export interface MeansSeries {
  key: string;
  label: string;
  cells: MeanCell[];
}

/** One series per row, one cell per round (in the rounds' order), and the chart's data: per round an object with
 * each series' mean under its key (null where suppressed or unanswered). */
export function meansByMoment(report: EffectReport, kind: ReportRowKind, label: RowLabel, roundLabel: (round: ReportRound) => string) {
  const series: MeansSeries[] = rowsOf(report, kind).map((row) => ({
    key: row.key,
    label: label(row),
    cells: report.rounds.map((round) => {
      const figure = row.moments.find((m) => m.roundId === round.id);
      return {
        roundId: round.id,
        n: figure?.n ?? null,
        mean: figure && !figure.suppressed ? figure.mean : null,
        suppressed: figure?.suppressed ?? null,
      };
    }),
  }));
  const data = report.rounds.map((round, index) => {
    const point: Record<string, string | number | null> = { round: roundLabel(round) };
    for (const s of series) point[s.key] = s.cells[index]?.mean ?? null;
    return point;
  });
  const scale = scaleOf(rowsOf(report, kind));
  return { series, data, scale };
}

/** The scale rows share (groups: 0-100), for the axis. */
export function scaleOf(rows: EffectRow[]): [number, number] {
  if (!rows.length) return [0, 100];
  return [Math.min(...rows.map((r) => r.scaleMin)), Math.max(...rows.map((r) => r.scaleMax))];
}

/** The comparison the change chart shows by default: from the pre round to the last post round when that shows any
 * figure; else the latest comparison that does (a running cohort: the pre round against the latest answered one);
 * else the one to the post round, or the last. */
export function defaultComparison(report: EffectReport): ReportComparison | null {
  const post = report.rounds.filter((round) => round.moment === 'post').map((round) => round.id);
  const toPost = report.comparisons.filter((c) => post.includes(c.toRoundId));
  const showsAny = (c: ReportComparison) => report.rows.some((row) => row.changes.some((change) =>
    change.fromRoundId === c.fromRoundId && change.toRoundId === c.toRoundId && !change.suppressed && change.meanDifference !== null));
  const byOpening = (c: ReportComparison) => report.rounds.findIndex((round) => round.id === c.toRoundId);
  const latestShown = [...report.comparisons].filter(showsAny).sort((a, b) => byOpening(a) - byOpening(b)).at(-1);
  const lastPost = toPost.at(-1);
  if (lastPost && showsAny(lastPost)) return lastPost;
  return latestShown ?? lastPost ?? report.comparisons.at(-1) ?? null;
}

export interface ChangeBar {
  key: string;
  kind: ReportRowKind;
  label: string;
  n: number | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Distances below and above the value to the interval's ends (what an error bar draws). */
  error: [number, number] | null;
  effectSize: number | null;
  magnitude: EffectRow['changes'][number]['magnitude'];
  kindOfComparison: ReportComparison['kind'];
  suppressed: SuppressionReason | null;
}

/** Per group row (levels, dimensions, competencies) its change in one comparison, with the 95 % interval. */
export function changeBars(report: EffectReport, comparison: ReportComparison, label: RowLabel): ChangeBar[] {
  return report.rows
    .filter((row) => CHANGE_KINDS.includes(row.kind))
    .flatMap((row) => {
      const change = row.changes.find((c) => c.fromRoundId === comparison.fromRoundId && c.toRoundId === comparison.toRoundId);
      if (!change) return [];
      const shown = !change.suppressed && change.meanDifference !== null;
      const value = shown ? change.meanDifference : null;
      const error: [number, number] | null = value !== null && change.ciLow !== null && change.ciHigh !== null
        ? [value - change.ciLow, change.ciHigh - value] : null;
      return [{
        key: `${row.kind}:${row.key}`,
        kind: row.kind,
        label: label(row),
        n: change.n,
        value,
        ciLow: shown ? change.ciLow : null,
        ciHigh: shown ? change.ciHigh : null,
        error,
        effectSize: shown ? change.effectSize : null,
        magnitude: shown ? change.magnitude : null,
        kindOfComparison: change.kind,
        suppressed: change.suppressed ?? null,
      }];
    });
}

/** The bars a chart draws: the shown ones (a suppressed change has no bar). */
export function plotted(bars: ChangeBar[]): ChangeBar[] {
  return bars.filter((bar) => bar.value !== null);
}

/** The symmetric axis for changes: round to a step of 5 around the widest interval end (at least ±10). */
export function changeDomain(bars: ChangeBar[]): [number, number] {
  const ends = plotted(bars).flatMap((bar) => [bar.ciLow ?? bar.value ?? 0, bar.ciHigh ?? bar.value ?? 0, bar.value ?? 0]);
  const widest = Math.max(10, ...ends.map(Math.abs));
  const bound = Math.ceil(widest / 5) * 5;
  return [-bound, bound];
}

export interface HeatCell extends MeanCell {
  /** 0 (lowest fifth of the scale) to 4 (highest); null when there is no figure. */
  band: number | null;
}

/** The number of colour bands of the heat map. */
export const HEAT_BANDS = 5;

/** Which fifth of the scale a mean falls in. */
export function heatBand(mean: number | null, [low, high]: [number, number]): number | null {
  if (mean === null || high <= low) return null;
  const share = (mean - low) / (high - low);
  return Math.min(HEAT_BANDS - 1, Math.max(0, Math.floor(share * HEAT_BANDS)));
}

/** The bands' bounds on a scale, for the legend: [from, to] per band. */
export function heatLegend([low, high]: [number, number]): [number, number][] {
  const step = (high - low) / HEAT_BANDS;
  return Array.from({ length: HEAT_BANDS }, (_, band) => [low + band * step, low + (band + 1) * step]);
}

/** The transfer levers × the rounds: each cell its mean and band. */
export function leverGrid(report: EffectReport, label: RowLabel) {
  const rows = rowsOf(report, 'transfer_lever');
  const scale = scaleOf(rows);
  return {
    scale,
    levers: rows.map((row) => ({
      key: row.key,
      label: label(row),
      cells: report.rounds.map((round): HeatCell => {
        const figure = row.moments.find((m) => m.roundId === round.id);
        const mean = figure && !figure.suppressed ? figure.mean : null;
        return { roundId: round.id, n: figure?.n ?? null, mean, suppressed: figure?.suppressed ?? null, band: heatBand(mean, scale) };
      }),
    })),
  };
}

/** The response rate per round as a percentage (null without invitations), for the bars. */
export function responseRates(report: EffectReport, roundLabel: (round: ReportRound) => string) {
  return report.rounds.map((round) => ({
    id: round.id,
    label: roundLabel(round),
    invited: round.invited,
    completed: round.completed,
    rate: round.responseRate,
    percent: round.responseRate === null ? null : Math.round(round.responseRate * 100),
  }));
}

/** A label per round: its moment, and where two rounds share a moment, its title too. */
export function roundLabeller(rounds: ReportRound[], momentLabel: (round: ReportRound) => string) {
  const counts = new Map<string, number>();
  for (const round of rounds) counts.set(round.moment, (counts.get(round.moment) ?? 0) + 1);
  return (round: ReportRound) => ((counts.get(round.moment) ?? 0) > 1 ? `${momentLabel(round)} (${round.title})` : momentLabel(round));
}
