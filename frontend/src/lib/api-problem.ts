import i18next from 'i18next';
import { formatDateLong, intlLocale } from './format';
import { formatMoney } from './money';

/**
 * RFC 9457 problem details as thrown by the API client for every non-2xx response.
 * Forms use `fieldErrors()` to put the server's messages on their fields.
 */
export interface ProblemFieldError {
  pointer: string;
  detail: string;
  /** Stable code (`missing`, `string_too_short`, `taken`, ...) with its limits in `params`. */
  code?: string;
  params?: Record<string, unknown>;
}

/** Turns a field error into text for people; the server's English `detail` is the fallback. */
export type FieldErrorText = (error: ProblemFieldError) => string;

/**
 * The error in the user's language when `common:validation.<code>` exists (with the error's limits
 * interpolated), else the server's own detail.
 */
export const translatedFieldError: FieldErrorText = (error) => {
  const key = `common:validation.${error.code ?? ''}`;
  const params: Record<string, unknown> = { ...error.params };
  // Plural forms ("1 teken", "12 tekens") follow the limit.
  const limit = params.min_length ?? params.max_length ?? params.count;
  if (typeof limit === 'number') params.count = limit;
  return error.code && i18next.exists(key, params) ? i18next.t(key, params) : error.detail;
};

/** The problem as a whole in the user's language, from its stable `code` and `params` (`common:problem.code.*`),
 * or null when the code has no text (the server's English `detail` is then the fallback). */
export function translatedProblem(problem: { code?: string; params?: Record<string, unknown> }): string | null {
  const key = `common:problem.code.${problem.code ?? ''}`;
  const params = withNames({ ...problem.params });
  return problem.code && i18next.exists(key, params) ? i18next.t(key, params) : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One of the rows a 409 names: a title, a day, or an expenditure (day, amount and reference). */
function itemText(item: unknown, language: string): string {
  if (typeof item === 'string') return ISO_DATE.test(item) ? formatDateLong(item, language) : item;
  if (item && typeof item === 'object') {
    const { date, amount, reference } = item as Record<string, unknown>;
    const parts = [
      typeof date === 'string' ? formatDateLong(date, language) : '',
      typeof amount === 'string' ? formatMoney(amount, language) : '',
      typeof reference === 'string' && reference ? `(${reference})` : '',
    ];
    return parts.filter(Boolean).join(' ');
  }
  return String(item);
}

/** `names` in the user's language from the `items` the server lists ("A, B en nog 3 andere"), its dates and
 * amounts written as the reader writes them; the server's English `names` only when it sends no items. */
function withNames(params: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(params.items)) return params;
  const language = i18next.language;
  const texts = params.items.map((item) => itemText(item, language));
  const more = typeof params.more === 'number' ? params.more : 0;
  if (more > 0) texts.push(i18next.t('common:problem.andMore', { count: more }));
  const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });
  return { ...params, names: list.format(texts) };
}

export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Stable code of the problem as a whole (`intervention_in_use`, ...), with its values in `params`. */
  code?: string;
  params?: Record<string, unknown>;
  errors?: ProblemFieldError[];
}

/** Status used when the request never got an HTTP answer (offline, server down). */
export const NETWORK_ERROR_STATUS = 0;

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly instance?: string;
  readonly code?: string;
  readonly params: Record<string, unknown>;
  readonly errors: ProblemFieldError[];
  /** Seconds to wait before trying again (from `Retry-After`), when the server said so. */
  readonly retryAfter: number | null;

  constructor(problem: ProblemDocument & { status: number }, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title ?? '';
    this.detail = problem.detail ?? '';
    this.instance = problem.instance;
    this.code = typeof problem.code === 'string' ? problem.code : undefined;
    this.params = problem.params && typeof problem.params === 'object' ? problem.params : {};
    this.errors = Array.isArray(problem.errors)
      ? problem.errors.filter(
          (e): e is ProblemFieldError =>
            !!e && typeof e.detail === 'string' && typeof (e.pointer ?? '') === 'string',
        )
      : [];
    this.retryAfter = retryAfter;
  }

  /**
   * Maps each error's pointer to the name of the form field it is about:
   * `/email` → `email`, `/scopes/0` → `scopes`, `#/query/pageSize` → `pageSize`.
   * Several errors on one field are joined with a space.
   */
  fieldErrors(text: FieldErrorText = translatedFieldError): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.errors) {
      const field = pointerToField(error.pointer);
      if (!field) continue;
      const message = text(error);
      out[field] = out[field] ? `${out[field]} ${message}` : message;
    }
    return out;
  }

  /** Errors that name no field (an empty or root pointer). */
  generalErrors(text: FieldErrorText = translatedFieldError): string[] {
    return this.errors.filter((e) => !pointerToField(e.pointer)).map(text);
  }

  static async fromResponse(response: Response): Promise<ApiProblem> {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    const contentType = response.headers.get('Content-Type') ?? '';
    if (/json/i.test(contentType)) {
      try {
        const body = (await response.clone().json()) as unknown;
        if (body && typeof body === 'object') {
          const doc = body as ProblemDocument;
          return new ApiProblem(
            {
              ...doc,
              status: typeof doc.status === 'number' ? doc.status : response.status,
            },
            retryAfter,
          );
        }
      } catch {
        // Not parseable: fall through to a problem made from the status line.
      }
    }
    return new ApiProblem({ status: response.status, title: response.statusText }, retryAfter);
  }

  static network(cause: unknown): ApiProblem {
    const problem = new ApiProblem({ status: NETWORK_ERROR_STATUS, title: 'Network error' });
    (problem as { cause?: unknown }).cause = cause;
    return problem;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The field a JSON pointer is about, or null when it points at the whole document. */
export function pointerToField(pointer: string | undefined | null): string | null {
  if (!pointer) return null;
  let path = pointer;
  const param = /^#\/(?:query|path|header|cookie)\/(.+)$/.exec(path);
  if (param) return decodeSegment(param[1]!.split('/')[0]!) || null;
  if (path.startsWith('#')) path = path.slice(1);
  const first = path.split('/').filter((s) => s !== '')[0];
  return first ? decodeSegment(first) : null;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
