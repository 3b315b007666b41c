import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { setCsrfToken } from '@/lib/csrf';
import { sessionKeys } from '@/lib/session';
import { unwrap } from '@/lib/unwrap';

export type LoginInput = components['schemas']['LoginRequest'];

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginInput) => unwrap(api.POST('/auth/login', { body })),
    // A 401 here is a wrong password, not a lost session.
    meta: { ignoreUnauthorized: true },
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      // Nothing cached from an earlier session (perhaps another user or organisation) may show.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.me[0] });
      queryClient.setQueryData(sessionKeys.me, me);
    },
  });
}
