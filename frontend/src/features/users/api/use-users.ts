import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { compact } from '@/lib/list-params';
import { unwrap } from '@/lib/unwrap';
import { userKeys, type UserListParams } from './user-keys';
import type { UserRole } from './types';

export function getUsersQueryOptions(params: UserListParams) {
  return queryOptions({
    queryKey: userKeys.list(params),
    queryFn: () =>
      unwrap(
        api.GET('/users', {
          params: {
            query: compact({ ...params, role: (params.role || undefined) as UserRole | undefined }),
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: UserListParams) {
  return useQuery(getUsersQueryOptions(params));
}
