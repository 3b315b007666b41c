/**
 * The respondent API (public, no account): the token from the link goes in `Authorization: Bearer`, never in a
 * path or query, so it shows up in no server log or Referer. Plain fetch: no client library in this small bundle.
 */
import type { AnswerValue, QuestionKind } from './questions/types';

export const API_BASE = '/api/v1/respondent';

export interface RespondentRound {
  title: string;
  language: string;
  opensAt: string;
  closesAt: string;
  anonymity: 'named' | 'pseudonymous' | 'anonymous';
  anonymityStatement: string;
}

export interface ServerQuestion {
  id: string;
  position: number;
  text: string;
  helpText: string;
  type: QuestionKind;
  required: boolean;
  options: { key: string; label: string }[];
  scaleMinLabel: string;
  scaleMaxLabel: string;
}

export interface AnswerItem {
  questionId: string;
  value: AnswerValue;
}

export interface RespondentQuestionnaire {
  round: RespondentRound;
  intro: string;
  closing: string;
  questions: ServerQuestion[];
  status: 'pending' | 'sent' | 'opened' | 'completed';
  draft: { answers: AnswerItem[]; savedAt: string } | null;
  submittedAt: string | null;
}

export interface Problem {
  status: number;
  code?: string;
  detail?: string;
  errors?: { pointer?: string; detail?: string; code?: string; params?: { questionId?: string } }[];
  params?: { opensAt?: string; closesAt?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** An answer from the server that is no success: its status and problem+json body. */
export class HttpError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem, retryAfterSeconds: number | null) {
    super(`HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** No answer at all (offline, DNS, connection reset). */
export class NetworkError extends Error {}

/** Whether trying again later may help: no connection, a server error, or rate limiting. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof HttpError && (error.status >= 500 || error.status === 429);
}

export interface RequestOptions {
  method?: 'GET' | 'PUT' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  keepalive?: boolean;
}

export async function request<T>(token: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${token}`,
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      keepalive: options.keepalive,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('Retry-After'));
    const problem = (body && typeof body === 'object' ? body : {}) as Problem;
    throw new HttpError(response.status, { ...problem, status: response.status }, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  return body as T;
}

/** The server's per-question errors by question id: `params.questionId`, else the pointer
 * (`/answers/<index>/value`, or `/answers/<questionId>`). */
export function questionErrors(problem: Problem, answers: AnswerItem[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const raw of problem.errors ?? []) {
    // The server names the question ("Vraag 3: …"); the page shows the message at the question itself.
    const detail = (raw.detail ?? '').replace(/^(Vraag|Question) \d+:\s*/, '');
    const error = { ...raw, detail: detail.charAt(0).toUpperCase() + detail.slice(1) };
    if (error.params?.questionId) {
      found[error.params.questionId] = error.detail;
      continue;
    }
    const match = /^\/answers\/([^/]+)/.exec(error.pointer ?? '');
    if (!match?.[1]) continue;
    const key = match[1];
    const byIndex = /^\d+$/.test(key) ? answers[Number(key)]?.questionId : undefined;
    found[byIndex ?? key] = error.detail;
  }
  return found;
}
