import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { programmeKeys } from './programme-keys';

export function getProgrammeQueryOptions(id: string) {
  return queryOptions({
    queryKey: programmeKeys.detail(id),
    queryFn: () => unwrap(api.GET('/programmes/{programme_id}', { params: { path: { programme_id: id } } })),
  });
}

export function useProgramme(id: string) {
  return useQuery(getProgrammeQueryOptions(id));
}
