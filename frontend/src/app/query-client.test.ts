import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@/lib/api-problem';
import { sessionKeys } from '@/lib/session';
import { createQueryClient } from './query-client';

const ME = { id: 'u', email: 'a@b.c', name: 'A', role: 'admin', organisation: { id: 'o', name: 'O' }, csrfToken: 't' };

describe('query client', () => {
  it('treats a 401 from any query as a lost session', async () => {
    const client = createQueryClient();
    client.setQueryData(sessionKeys.me, ME);
    await client
      .fetchQuery({
        queryKey: ['users', 'list'],
        queryFn: () => Promise.reject(new ApiProblem({ status: 401, title: 'Unauthorized', detail: 'Session expired.' })),
      })
      .catch(() => undefined);
    expect(client.getQueryData(sessionKeys.me)).toBeNull();
  });

  it('keeps the session on other errors, and does not retry client errors', async () => {
    const client = createQueryClient();
    client.setQueryData(sessionKeys.me, ME);
    let calls = 0;
    await client
      .fetchQuery({
        queryKey: ['users', 'detail', 'x'],
        queryFn: () => {
          calls += 1;
          return Promise.reject(new ApiProblem({ status: 404, title: 'Not Found', detail: 'No such user.' }));
        },
      })
      .catch(() => undefined);
    expect(client.getQueryData(sessionKeys.me)).toEqual(ME);
    expect(calls).toBe(1);
  });

  it('does not log the user out when a login attempt fails with 401', async () => {
    const client = createQueryClient();
    client.setQueryData(sessionKeys.me, ME);
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => Promise.reject(new ApiProblem({ status: 401, title: 'Unauthorized', detail: 'Wrong password.' })),
      meta: { ignoreUnauthorized: true },
    });
    await mutation.execute(undefined).catch(() => undefined);
    expect(client.getQueryData(sessionKeys.me)).toEqual(ME);
  });
});
