import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from './api-client';
import { isApiProblem } from './api-problem';
import { setCsrfToken } from './csrf';
import { unwrap } from './unwrap';

export type Me = components['schemas']['Me'];
export type Role = Me['role'];

export const sessionKeys = {
  me: ['session', 'me'] as const,
};

/** The signed-in user, or null when there is no session (a 401 is an answer, not an error). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/auth/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiProblem(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: sessionKeys.me,
  queryFn: fetchMe,
  staleTime: 5 * 60 * 1000,
  retry: false,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

/**
 * The signed-in user inside the authenticated part of the app (the route guard has
 * loaded it already). Throws when used outside it.
 */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser() used outside an authenticated route');
  return data;
}

export function isAdmin(role: Role | undefined): boolean {
  return role === 'admin';
}

/** Editors and admins may change data; viewers only read. */
export function canWrite(role: Role | undefined): boolean {
  return role === 'admin' || role === 'editor';
}
