import type { PrincipleFix } from '../../api/use-principle-checks';

/**
 * The workspace's path of each design step (`/programmas/:id/<slug>`, the programmes feature's routes). Keep in step
 * with `STEP_SLUGS` of `features/programmes/lib/steps.ts` (after the merge, use that map).
 */
const STEP_SLUGS: Record<PrincipleFix['step'], string> = {
  goal_and_constraints: 'doel',
  current_situation: 'analyse',
  stakeholders: 'belanghebbenden',
  framework: 'framework',
  implementation: 'implementatie',
  effect_measurement: 'effectmeting',
};

/** Where to fix a reason: the step's tab, at the phase's column when one is concerned (`#phase-<id>`). */
export function fixHref(programmeId: string, fix: PrincipleFix): string {
  const base = `/programmas/${programmeId}/${STEP_SLUGS[fix.step]}`;
  return fix.phaseId ? `${base}#phase-${fix.phaseId}` : base;
}
