import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { apiTokenKeys } from './api-token-keys';
import type { ApiTokenCreate } from './types';

/** Creates a token. The response holds the secret, once; it is not kept in any cache. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenCreate) => unwrap(api.POST('/api-tokens', { body })),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.lists() }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api-tokens/{token_id}', { params: { path: { token_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.lists() }),
  });
}
