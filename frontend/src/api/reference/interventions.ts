import { useQuery } from '@tanstack/react-query';
import type { operations } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { resourceKeys } from './keys';
import { OPTIONS_PAGE_SIZE, referenceOptionsQuery, type UseOptionsConfig } from './options';

export type InterventionListParams = NonNullable<operations['listInterventions']['parameters']['query']>;

/** Interventions: the catalogue's lists and detail, and the options budgets (and others) pick from. */
export const interventionKeys = resourceKeys('interventions');

export function getInterventionOptionsQueryOptions() {
  return referenceOptionsQuery(
    interventionKeys.options(),
    () => unwrap(api.GET('/interventions', { params: { query: { pageSize: OPTIONS_PAGE_SIZE, sort: 'title' } } })),
    (intervention) => ({ id: intervention.id, label: intervention.title }),
  );
}

export function useInterventionOptions({ enabled = true }: UseOptionsConfig = {}) {
  return useQuery({ ...getInterventionOptionsQueryOptions(), enabled });
}
