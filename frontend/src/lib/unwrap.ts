import { ApiProblem, type ProblemDocument } from './api-problem';

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of an openapi-fetch call. Our client's middleware already throws an `ApiProblem`
 * for every non-2xx response; this guards the types (and any response that slipped through).
 */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const doc = (error && typeof error === 'object' ? error : {}) as ProblemDocument;
    throw new ApiProblem({ ...doc, status: doc.status ?? response.status });
  }
  return data as T;
}
