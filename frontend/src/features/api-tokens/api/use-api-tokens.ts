import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { apiTokenKeys } from './api-token-keys';

export function getApiTokensQueryOptions(params: { page: number; pageSize: number }) {
  return queryOptions({
    queryKey: apiTokenKeys.list(params),
    queryFn: () => unwrap(api.GET('/api-tokens', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useApiTokens(params: { page: number; pageSize: number }) {
  return useQuery(getApiTokensQueryOptions(params));
}
