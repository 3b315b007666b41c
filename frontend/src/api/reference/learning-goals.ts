import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { resourceKeys } from './keys';
import { OPTIONS_PAGE_SIZE, referenceOptionsQuery, type UseOptionsConfig } from './options';

/** Learning goals (kept in the plan's tree), as options for the catalogue. */
export const learningGoalKeys = resourceKeys('learning-goals');

export function getLearningGoalOptionsQueryOptions() {
  return referenceOptionsQuery(
    learningGoalKeys.options(),
    () => unwrap(api.GET('/learning-goals', { params: { query: { pageSize: OPTIONS_PAGE_SIZE } } })),
    (learningGoal) => ({ id: learningGoal.id, label: learningGoal.title }),
  );
}

export function useLearningGoalOptions({ enabled = true }: UseOptionsConfig = {}) {
  return useQuery({ ...getLearningGoalOptionsQueryOptions(), enabled });
}
