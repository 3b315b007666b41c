import type { operations } from '@/api/schema';

export type InterventionListParams = NonNullable<operations['listInterventions']['parameters']['query']>;

export const catalogueKeys = {
  all: ['interventions'] as const,
  lists: () => [...catalogueKeys.all, 'list'] as const,
  list: (params: InterventionListParams) => [...catalogueKeys.lists(), params] as const,
  detail: (id: string) => [...catalogueKeys.all, 'detail', id] as const,
  options: (kind: 'learningGoals' | 'themes' | 'competencies') => ['catalogue-options', kind] as const,
};
