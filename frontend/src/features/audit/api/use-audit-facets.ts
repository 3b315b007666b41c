import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { auditKeys } from './audit-keys';

/** What the trail holds to filter by: its actions, entity types and actors. */
export function getAuditFacetsQueryOptions() {
  return queryOptions({
    queryKey: auditKeys.facets(),
    queryFn: () => unwrap(api.GET('/audit-events/facets')),
    staleTime: 60_000,
  });
}

export function useAuditFacets() {
  return useQuery(getAuditFacetsQueryOptions());
}
