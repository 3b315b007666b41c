/** The one-page overview's content (pure): per learning line the forms it uses, from the placed interventions. */

export interface OverviewPlacement {
  learningLineId: string;
  phaseId: string;
  weekOffset: number;
  intervention: { title: string; learningForm: string };
}

/** The distinct learning forms placed on a line, in the order they first occur (by phase, then week). */
export function formsOfLine<P extends OverviewPlacement>(lineId: string, placements: P[], phaseOrder: string[]): string[] {
  const rank = (p: P) => phaseOrder.indexOf(p.phaseId) * 10_000 + p.weekOffset;
  const seen: string[] = [];
  for (const p of placements.filter((x) => x.learningLineId === lineId).sort((a, b) => rank(a) - rank(b))) {
    if (!seen.includes(p.intervention.learningForm)) seen.push(p.intervention.learningForm);
  }
  return seen;
}
