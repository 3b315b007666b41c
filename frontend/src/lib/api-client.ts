import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { ApiProblem } from './api-problem';
import { getCsrfToken } from './csrf';

export const API_BASE_URL = '/api/v1';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Adds `X-CSRF-Token` to state-changing requests. */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return undefined;
    const token = getCsrfToken();
    if (token && !request.headers.has('X-CSRF-Token')) {
      request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
};

/** Turns every non-2xx response into a thrown `ApiProblem`, and a failed fetch into a network problem. */
export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return undefined;
    throw await ApiProblem.fromResponse(response);
  },
  onError({ error }) {
    if (error instanceof ApiProblem) return error;
    return ApiProblem.network(error);
  },
};

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: (input: Request) => Promise<Response>;
}

/** Same origin as the page; absolute, so it also works where `Request` needs a full URL (tests). */
function defaultBaseUrl(): string {
  return typeof window !== 'undefined' && window.location?.origin
    ? `${window.location.origin}${API_BASE_URL}`
    : API_BASE_URL;
}

export function createApiClient(options: ApiClientOptions = {}) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? defaultBaseUrl(),
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json' },
    // Looked up on each call, so a test (or a polyfill) can replace the global fetch.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  client.use(csrfMiddleware, problemMiddleware);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The application's one client. Every call either resolves with data or throws an `ApiProblem`. */
export const api = createApiClient();

/** `If-Match` value for a resource's version (its ETag is the quoted version). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** What a file import (`core.http.FileUpload` on the server) takes besides its own parameters. */
export interface FileImport {
  file: File;
  /** Only check and preview, write nothing. */
  dryRun: boolean;
  /** Write the valid rows even when others have errors. */
  onlyValid: boolean;
}

/** The multipart body of a file upload, as openapi-fetch sends it: the generated type describes the fields, the
 * browser sends the FormData itself. */
export function fileBody(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return { body: form as unknown as { file: string }, bodySerializer: (body: unknown) => body as FormData };
}
