import type { Audience, InterventionRef, PlanStatus, Traceability } from '../api/types';

/** One row of the traceability table: a learning goal with its chain (or an empty branch of the tree). */
export interface TraceRow {
  key: string;
  development: string;
  goal: string | null;
  learningGoal: string | null;
  audience: Audience | null;
  interventions: InterventionRef[];
  /** A learning goal that no intervention serves. */
  gap: boolean;
}

/** The tree flattened, in the plan's order: every learning goal is a row, and so is every goal without
 * learning goals and every development without goals, so nothing in the plan is left out of the table. */
export function traceRows(tree: Traceability): TraceRow[] {
  const rows: TraceRow[] = [];
  for (const development of tree.developments) {
    if (development.goals.length === 0) {
      rows.push({ key: development.id, development: development.title, goal: null, learningGoal: null,
        audience: null, interventions: [], gap: false });
    }
    for (const goal of development.goals) {
      if (goal.learningGoals.length === 0) {
        rows.push({ key: goal.id, development: development.title, goal: goal.title, learningGoal: null,
          audience: null, interventions: [], gap: false });
      }
      for (const lg of goal.learningGoals) {
        rows.push({
          key: lg.id,
          development: development.title,
          goal: goal.title,
          learningGoal: lg.title,
          audience: lg.audience,
          interventions: lg.interventions,
          gap: lg.interventions.length === 0,
        });
      }
    }
  }
  return rows;
}

/** The position an item moves to one step up or down among `count` siblings, or null when it cannot. */
export function movedPosition(position: number, direction: 'up' | 'down', count: number): number | null {
  const target = direction === 'up' ? position - 1 : position + 1;
  return target < 0 || target >= count ? null : target;
}

export interface PlanFormValues {
  title: string;
  firstYear: string;
  lastYear: string;
  status: PlanStatus;
  summary: string;
  reviewNotes: string;
}

/** Text in a year field as the API wants it: a whole number, or the text itself (so the server names
 * the field when it is not one). */
export function yearValue(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number);
}

/** The body to create a plan from the form. */
export function planBody(form: PlanFormValues) {
  return {
    title: form.title.trim(),
    firstYear: yearValue(form.firstYear),
    lastYear: yearValue(form.lastYear),
    status: form.status,
    summary: form.summary,
    reviewNotes: form.reviewNotes,
  };
}

/** Only the fields that changed from `plan`. */
export function planChanges(
  plan: { title: string; firstYear: number; lastYear: number; status: PlanStatus; summary: string; reviewNotes: string },
  form: PlanFormValues,
): Partial<ReturnType<typeof planBody>> {
  const body = planBody(form);
  const changes: Partial<ReturnType<typeof planBody>> = {};
  for (const key of Object.keys(body) as (keyof typeof body)[]) {
    if (body[key] !== plan[key]) (changes as Record<string, unknown>)[key] = body[key];
  }
  return changes;
}
