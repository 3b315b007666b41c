import type { Decision, LineSkip, ReviewLine, ReviewProposal, Stream } from '../api/types';

export interface Choice {
  decision: Decision;
  note: string;
}

/** The review starts from "alles doorgaan": every intervention continues until the adviser says otherwise. */
export function allContinue(proposal: Pick<ReviewProposal, 'items'>): Record<string, Choice> {
  return Object.fromEntries(proposal.items.map((item) => [item.interventionId, { decision: 'continue', note: '' }]));
}

/** Exact sums of the API's two-decimal amounts, in whole cents. */
export function toCents(amount: string): number {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -cents : cents;
}

export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const value = Math.abs(cents);
  return `${sign}${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

export interface PlannedLine {
  line: ReviewLine;
  /** The title of the intervention the line belongs to (null for a contingency, placeholder, ...). */
  intervention: string | null;
  /** Next year's planned amount, in the API's form: the proposed one unless the adviser changed it. */
  amount: string;
}

export interface SkippedLine {
  line: ReviewLine;
  intervention: string | null;
  reason: LineSkip;
}

export interface StreamPlan {
  stream: Stream;
  /** This year's budget (null: none). */
  amount: string | null;
  /** Next year's budget: the existing one, else the one the review creates (null: none). */
  nextAmount: string | null;
  creates: boolean;
  /** What next year's carried lines plan in this stream. */
  planned: string;
  /** What the stopped interventions' lines planned this year in this stream. */
  freed: string;
}

export interface ReviewPlan {
  counts: Record<Decision, number>;
  carried: PlannedLine[];
  skipped: SkippedLine[];
  stopped: { interventionId: string; title: string; freed: { stream: Stream; amount: string }[] }[];
  streams: StreamPlan[];
}

/**
 * What the review will do with these choices, as the server will do it (`app/reviews/service.py`): the lines it
 * carries (every kind; an intervention's only when it continues or changes) with next year's amounts, the lines it
 * does not carry with why, what stops by title with what it frees per stream, and the three streams.
 * `amounts` are the adviser's changed amounts (API form) by line id; `budgetAmounts` those of created budgets.
 */
export function reviewPlan(proposal: ReviewProposal, choices: Record<string, Choice>,
                           amounts: Record<string, string> = {},
                           budgetAmounts: Partial<Record<Stream, string>> = {}): ReviewPlan {
  const counts: Record<Decision, number> = { continue: 0, change: 0, stop: 0 };
  const stops = new Set<string>();
  for (const item of proposal.items) {
    const decision = choices[item.interventionId]?.decision ?? 'continue';
    counts[decision] += 1;
    if (decision === 'stop') stops.add(item.interventionId);
  }
  const all: { line: ReviewLine; intervention: string | null }[] = [
    ...proposal.items.flatMap((item) => item.lines.map((line) => ({ line, intervention: item.title }))),
    ...proposal.budgetLines.map((line) => ({ line, intervention: line.interventionTitle ?? null })),
  ];
  const carried: PlannedLine[] = [];
  const skipped: SkippedLine[] = [];
  const freedBy = new Map<string, Map<Stream, number>>();
  for (const { line, intervention } of all) {
    const reason = line.skip ?? (line.interventionId && stops.has(line.interventionId) ? 'stopped' : null);
    if (reason) {
      skipped.push({ line, intervention, reason });
      if (reason === 'stopped' && line.interventionId) {
        const per = freedBy.get(line.interventionId) ?? new Map<Stream, number>();
        per.set(line.stream, (per.get(line.stream) ?? 0) + toCents(line.plannedAmount));
        freedBy.set(line.interventionId, per);
      }
    } else {
      carried.push({ line, intervention, amount: amounts[line.id] ?? line.proposedAmount });
    }
  }
  const stopped = proposal.items
    .filter((item) => stops.has(item.interventionId))
    .map((item) => ({
      interventionId: item.interventionId,
      title: item.title,
      freed: [...(freedBy.get(item.interventionId) ?? new Map<Stream, number>())].map(([stream, cents]) => ({
        stream, amount: fromCents(cents),
      })),
    }));
  const streams = proposal.streams.map((s): StreamPlan => {
    const planned = carried.filter((c) => c.line.stream === s.stream).reduce((sum, c) => sum + toCents(c.amount), 0);
    const freed = stopped.flatMap((x) => x.freed).filter((f) => f.stream === s.stream)
      .reduce((sum, f) => sum + toCents(f.amount), 0);
    return {
      stream: s.stream, amount: s.amount ?? null, creates: s.creates,
      nextAmount: s.creates ? (budgetAmounts[s.stream] ?? s.nextAmount ?? null) : (s.nextAmount ?? null),
      planned: fromCents(planned), freed: fromCents(freed),
    };
  });
  return { counts, carried, skipped, stopped, streams };
}
