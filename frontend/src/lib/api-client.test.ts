import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, ifMatch } from './api-client';
import { ApiProblem } from './api-problem';
import { setCsrfToken } from './csrf';
import { jsonResponse, problemResponse } from '@/test/render';

function clientWith(respond: (request: Request) => Response | Promise<Response>) {
  const seen: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    seen.push(request.clone());
    return respond(request);
  });
  return { client: createApiClient({ baseUrl: 'http://leerkoers.test/api/v1', fetch }), seen };
}

afterEach(() => setCsrfToken(null));

describe('api client', () => {
  it('sends the CSRF token on state-changing requests only', async () => {
    setCsrfToken('csrf-123');
    const { client, seen } = clientWith(() => jsonResponse({ items: [], page: 1, pageSize: 50, total: 0 }));
    await client.GET('/users');
    await client.POST('/auth/logout');
    await client.DELETE('/api-tokens/{token_id}', { params: { path: { token_id: 'a' } } });
    expect(seen[0]!.headers.get('X-CSRF-Token')).toBeNull();
    expect(seen[1]!.headers.get('X-CSRF-Token')).toBe('csrf-123');
    expect(seen[2]!.headers.get('X-CSRF-Token')).toBe('csrf-123');
    expect(seen[0]!.url).toBe('http://leerkoers.test/api/v1/users');
    expect(seen[0]!.credentials).toBe('same-origin');
  });

  it('sends If-Match with the quoted version', async () => {
    setCsrfToken('t');
    const { client, seen } = clientWith(() =>
      jsonResponse({ id: 'o', name: 'Deventer', learningDaysPerFte: '12.0', trainingBudgetTargetPercent: '3.00', minimumReportGroupSize: 5, version: 4 }),
    );
    await client.PATCH('/organisation', { params: { header: { 'If-Match': ifMatch(3) } }, body: { learningDaysPerFte: '12' } });
    expect(seen[0]!.headers.get('If-Match')).toBe('"3"');
    expect(await seen[0]!.json()).toEqual({ learningDaysPerFte: '12' });
  });

  it('throws an ApiProblem with field errors for a problem response', async () => {
    const { client } = clientWith(() =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'Invalid input.',
        errors: [{ pointer: '/email', detail: 'Enter a valid e-mail address.' }],
      }),
    );
    const call = client.POST('/users', { body: { email: 'x', name: 'X', role: 'viewer', password: 'p' } });
    await expect(call).rejects.toBeInstanceOf(ApiProblem);
    await call.catch((problem: ApiProblem) => {
      expect(problem.status).toBe(400);
      expect(problem.detail).toBe('Invalid input.');
      expect(problem.fieldErrors()).toEqual({ email: 'Enter a valid e-mail address.' });
    });
  });

  it('throws a 412 problem for a stale version', async () => {
    const { client } = clientWith(() => problemResponse(412, { title: 'Precondition Failed', detail: 'Changed by someone else.' }));
    await expect(
      client.PATCH('/organisation', { params: { header: { 'If-Match': '"1"' } }, body: {} }),
    ).rejects.toMatchObject({ status: 412, detail: 'Changed by someone else.' });
  });

  it('turns a failed fetch into a network problem', async () => {
    const { client } = clientWith(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.GET('/auth/me')).rejects.toMatchObject({ name: 'ApiProblem', status: 0 });
  });

  it('resolves 204 responses without data', async () => {
    setCsrfToken('t');
    const { client } = clientWith(() => new Response(null, { status: 204 }));
    const result = await client.POST('/auth/logout');
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(204);
  });
});
