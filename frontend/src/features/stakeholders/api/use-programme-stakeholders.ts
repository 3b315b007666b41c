import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { GRID_PAGE_SIZE, programmeStakeholderKeys } from './stakeholder-keys';

export function getProgrammeStakeholdersQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: programmeStakeholderKeys.programme(programmeId),
    queryFn: () =>
      unwrap(
        api.GET('/programmes/{programme_id}/stakeholders', {
          params: { path: { programme_id: programmeId }, query: { pageSize: GRID_PAGE_SIZE } },
        }),
      ),
  });
}

export function useProgrammeStakeholders(programmeId: string) {
  return useQuery(getProgrammeStakeholdersQueryOptions(programmeId));
}
