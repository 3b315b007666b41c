import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { resourceKeys } from './keys';

/** People: the people pages' list and one person, and the search every page that picks people uses. */
export const peopleKeys = resourceKeys('people');

export type PersonHit = components['schemas']['PersonRead'];

const RESULTS = 20;

/**
 * People whose name, employee number or e-mail holds `text` (`GET /people?search=`), once two characters are
 * typed: a cohort's enrolments and a session's attendees pick people with it.
 */
export function usePeopleSearch(text: string) {
  const search = text.trim();
  return useQuery({
    queryKey: peopleKeys.list({ search, pageSize: RESULTS }),
    enabled: search.length >= 2,
    queryFn: () => unwrap(api.GET('/people', { params: { query: { search, pageSize: RESULTS } } })),
  });
}
