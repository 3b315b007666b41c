/** The one-page overview's content (pure): per learning line the forms it uses, from the placed interventions. */
import type { EnumValue } from '@/api/enums';

type LearningForm = EnumValue<'LearningForm'>;

export interface OverviewPlacement {
  learningLineId: string;
  phaseId: string;
  weekOffset: number;
  intervention: { learningForm: LearningForm | null };
}

/** The distinct learning forms placed on a line, in the order they first occur (by phase, then week). */
export function formsOfLine(lineId: string, placements: OverviewPlacement[], phaseOrder: string[]): LearningForm[] {
  const rank = (p: OverviewPlacement) => phaseOrder.indexOf(p.phaseId) * 10_000 + p.weekOffset;
  const seen: LearningForm[] = [];
  for (const p of placements.filter((x) => x.learningLineId === lineId).sort((a, b) => rank(a) - rank(b))) {
    const form = p.intervention.learningForm;
    if (form && !seen.includes(form)) seen.push(form);
  }
  return seen;
}
