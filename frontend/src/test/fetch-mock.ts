import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Replaces global fetch with a router of `METHOD /path` → handler (path without /api/v1).
 * Unknown requests fail the test loudly. Returns the requests seen.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname.replace(/^\/api\/v1/, '')}`;
    const handler = handlers[key];
    if (!handler) throw new Error(`Unexpected request in test: ${key}`);
    return handler(request);
  });
  return { requests, spy };
}
