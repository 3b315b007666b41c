import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';

export type PersonHit = components['schemas']['PersonRead'];

const RESULTS = 20;

/**
 * People whose name, employee number or e-mail holds `text` (`GET /people?search=`), once two characters are
 * typed: the one search every page that picks people (a cohort's enrolments, a session's attendees) uses.
 */
export function usePeopleSearch(text: string) {
  const search = text.trim();
  return useQuery({
    queryKey: ['people', 'search', search] as const,
    enabled: search.length >= 2,
    queryFn: () => unwrap(api.GET('/people', { params: { query: { search, pageSize: RESULTS } } })),
  });
}
