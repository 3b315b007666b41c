import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { programmeKeys } from './programme-keys';
import type { ProgrammeListParams, ProgrammeStatus } from './types';

export function getProgrammesQueryOptions(params: ProgrammeListParams) {
  return queryOptions({
    queryKey: programmeKeys.list(params),
    queryFn: () =>
      unwrap(
        api.GET('/programmes', {
          params: { query: compact({ ...params, status: (params.status || undefined) as ProgrammeStatus | undefined, sort: 'title' }) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProgrammes(params: ProgrammeListParams) {
  return useQuery(getProgrammesQueryOptions(params));
}
