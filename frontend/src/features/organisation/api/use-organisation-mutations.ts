import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { sessionKeys } from '@/lib/session';
import { unwrap } from '@/lib/unwrap';
import { organisationKeys } from './organisation-keys';
import type { OrganisationUpdate } from './types';

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: OrganisationUpdate }) =>
      unwrap(
        api.PATCH('/organisation', {
          params: { header: { 'If-Match': ifMatch(version) } },
          body: changes,
        }),
      ),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.all, organisation);
      // The header shows the organisation's name from the session.
      return queryClient.invalidateQueries({ queryKey: sessionKeys.me });
    },
  });
}
