import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiProblem } from '@/lib/api-problem';
import { sessionKeys } from '@/lib/session';

/**
 * One QueryClient for the app. A 401 from any call means the session is gone: the session
 * query is set to "nobody", and the route guard sends the user to the login page,
 * keeping where they wanted to go.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown, queryKey?: QueryKey) => {
    if (!isApiProblem(error) || error.status !== 401) return;
    if (queryKey && queryKey[0] === sessionKeys.me[0]) return;
    client.setQueryData(sessionKeys.me, null);
  };

  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        // A wrong password at login is a 401 too, but not a lost session.
        if (mutation.options.meta?.ignoreUnauthorized) return;
        onError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiProblem(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return client;
}
