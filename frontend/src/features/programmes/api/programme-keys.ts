import { resourceKeys } from '@/api/reference/keys';

/** Programmes: the list, one programme, and its framework grid (phases, learning lines and placements together). */
export const programmeKeys = {
  ...resourceKeys('programmes'),
  framework: (id: string) => ['programmes', 'detail', id, 'framework'] as const,
  checks: (id: string) => ['programmes', 'detail', id, 'principle-checks'] as const,
};

/** Insights of a programme's current-situation analysis (step 2). */
export const insightKeys = resourceKeys('insights');
