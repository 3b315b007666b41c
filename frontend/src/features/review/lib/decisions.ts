import type { Decision, ReviewItem, ReviewLine } from '../api/types';

export interface Choice {
  decision?: Decision;
  note: string;
}

/** What the review will do with these choices: counts, and the lines carried over (continue and change). */
export function reviewPlan(items: ReviewItem[], choices: Record<string, Choice>) {
  const counts = { continue: 0, change: 0, stop: 0, open: 0 };
  const carried: { intervention: string; title: string; plannedAmount: string; stream: ReviewLine['stream'] }[] = [];
  for (const item of items) {
    const decision = choices[item.interventionId]?.decision;
    if (!decision) {
      counts.open += 1;
      continue;
    }
    counts[decision] += 1;
    if (decision !== 'stop' && !item.budgetedNextYear) {
      for (const line of item.lines) {
        carried.push({ intervention: item.title, title: line.title, plannedAmount: line.plannedAmount, stream: line.stream });
      }
    }
  }
  return { counts, carried };
}
