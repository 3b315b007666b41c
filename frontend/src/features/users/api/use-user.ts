import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { userKeys } from './user-keys';

export function getUserQueryOptions(id: string) {
  return queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: () => unwrap(api.GET('/users/{user_id}', { params: { path: { user_id: id } } })),
  });
}

export function useUser(id: string) {
  return useQuery(getUserQueryOptions(id));
}
