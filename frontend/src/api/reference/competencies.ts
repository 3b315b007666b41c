import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { resourceKeys } from './keys';
import { OPTIONS_PAGE_SIZE, referenceOptionsQuery, type UseOptionsConfig } from './options';

/** Competencies: a framework's list on the competencies pages, and the options the catalogue links to. */
export const competencyKeys = resourceKeys('competencies');

/** Competency frameworks (their lists show how many competencies each holds). */
export const frameworkKeys = resourceKeys('competency-frameworks');

export function getCompetencyOptionsQueryOptions() {
  return referenceOptionsQuery(
    competencyKeys.options(),
    () => unwrap(api.GET('/competencies', { params: { query: { pageSize: OPTIONS_PAGE_SIZE } } })),
    (competency) => ({ id: competency.id, label: competency.name }),
  );
}

export function useCompetencyOptions({ enabled = true }: UseOptionsConfig = {}) {
  return useQuery({ ...getCompetencyOptionsQueryOptions(), enabled });
}
