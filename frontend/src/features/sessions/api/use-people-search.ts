import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_BASE_URL } from '@/lib/api-client';
import { ApiProblem, type ProblemDocument } from '@/lib/api-problem';
import { peopleSearchKeys } from './session-keys';
import type { PersonSummary } from './types';

const RESULTS = 20;

async function searchPeople(text: string): Promise<{ items: PersonSummary[]; total: number }> {
  const query = new URLSearchParams({ search: text, pageSize: String(RESULTS) });
  const response = await fetch(`${API_BASE_URL}/people?${query}`, { credentials: 'same-origin',
    headers: { Accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiProblem({ ...(body as ProblemDocument), status: response.status });
  return body as { items: PersonSummary[]; total: number };
}

/** People whose name, employee number or team matches (`GET /people?search=`), once something is typed. */
export function getPeopleSearchQueryOptions(text: string) {
  return queryOptions({ queryKey: peopleSearchKeys.search(text), queryFn: () => searchPeople(text) });
}

export function usePeopleSearch(text: string) {
  return useQuery({ ...getPeopleSearchQueryOptions(text), enabled: text.length >= 2 });
}
