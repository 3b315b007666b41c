import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { organisationKeys } from './organisation-keys';

export function getOrganisationQueryOptions() {
  return queryOptions({
    queryKey: organisationKeys.all,
    queryFn: () => unwrap(api.GET('/organisation')),
  });
}

export function useOrganisation() {
  return useQuery(getOrganisationQueryOptions());
}
