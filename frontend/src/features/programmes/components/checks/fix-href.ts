import type { PrincipleFix } from '../../api/use-principle-checks';
import { STEP_SLUGS } from '../../lib/steps';

/** Where to fix a reason: the step's tab, at the phase's column when one is concerned (`#phase-<id>`). */
export function fixHref(programmeId: string, fix: PrincipleFix): string {
  const base = `/programmas/${programmeId}/${STEP_SLUGS[fix.step]}`;
  return fix.phaseId ? `${base}#phase-${fix.phaseId}` : base;
}
