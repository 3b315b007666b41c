import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { resourceKeys } from './keys';
import { OPTIONS_PAGE_SIZE, referenceOptionsQuery, type UseOptionsConfig } from './options';

/** The plan's developments (organisatieontwikkelingen) and goals (doelen), as options for the catalogue's
 * filters: the traceability the catalogue is read by. Kept in the plan's tree, which invalidates them. */
export const developmentKeys = resourceKeys('developments');
export const goalKeys = resourceKeys('goals');

export function getDevelopmentOptionsQueryOptions() {
  return referenceOptionsQuery(
    developmentKeys.options(),
    () => unwrap(api.GET('/developments', { params: { query: { pageSize: OPTIONS_PAGE_SIZE } } })),
    (development) => ({ id: development.id, label: development.title }),
  );
}

export function getGoalOptionsQueryOptions() {
  return referenceOptionsQuery(
    goalKeys.options(),
    () => unwrap(api.GET('/goals', { params: { query: { pageSize: OPTIONS_PAGE_SIZE } } })),
    (goal) => ({ id: goal.id, label: goal.title }),
  );
}

export function useDevelopmentOptions({ enabled = true }: UseOptionsConfig = {}) {
  return useQuery({ ...getDevelopmentOptionsQueryOptions(), enabled });
}

export function useGoalOptions({ enabled = true }: UseOptionsConfig = {}) {
  return useQuery({ ...getGoalOptionsQueryOptions(), enabled });
}
