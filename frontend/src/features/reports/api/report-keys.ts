import type { EffectFilters } from './types';

/** The reports: read models over rounds, responses and sessions, so nothing here is ever invalidated by a
 * mutation of this feature (there are none); they are read fresh when a page opens. */
export const reportKeys = {
  all: ['reports'] as const,
  effect: (cohortId: string, filters: EffectFilters) => ['reports', 'effect', cohortId, filters] as const,
  effectOverview: () => ['reports', 'effect-overview'] as const,
  evaluation: (interventionId: string, year: number | null) => ['reports', 'evaluation', interventionId, year] as const,
  yearEvaluations: (year: number | null) => ['reports', 'evaluation-overview', year] as const,
};
