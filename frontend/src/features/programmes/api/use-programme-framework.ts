import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { programmeKeys } from './programme-keys';

/** The whole grid of a programme (phases with their balance, learning lines, placements with their intervention). */
export function getProgrammeFrameworkQueryOptions(id: string) {
  return queryOptions({
    queryKey: programmeKeys.framework(id),
    queryFn: () => unwrap(api.GET('/programmes/{programme_id}/framework', { params: { path: { programme_id: id } } })),
  });
}

export function useProgrammeFramework(id: string) {
  return useQuery(getProgrammeFrameworkQueryOptions(id));
}
