/** The six design steps as the workspace's tabs: each has a Dutch path segment (`/programmas/:id/<slug>`). */

export const STEP_SLUGS = {
  goal_and_constraints: 'doel',
  current_situation: 'analyse',
  stakeholders: 'belanghebbenden',
  framework: 'framework',
  implementation: 'implementatie',
  effect_measurement: 'effectmeting',
} as const;

export type StepName = keyof typeof STEP_SLUGS;
export type StepSlug = (typeof STEP_SLUGS)[StepName];

/** The step a path segment names, or the first step for none (or an unknown one: null). */
export function stepFromSlug(slug: string | undefined, steps: readonly StepName[]): StepName | null {
  if (!slug) return steps[0] ?? null;
  return steps.find((step) => STEP_SLUGS[step] === slug) ?? null;
}

export function stepPath(programmeId: string, step: StepName): string {
  return `/programmas/${programmeId}/${STEP_SLUGS[step]}`;
}
