import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Every failed request, as one shape: the API's `{ statusCode, message, fields? }` or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** The API's stable code, e.g. `mfa_enrolment_required`. */
    readonly code?: string,
    /** With `mfa_enrolment_required`: the token that opens the enrolment alone. */
    readonly enrolmentToken?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let unauthorizedListener: (() => void) | null = null;

/** Called on every 401: the session has ended (logout in another tab, expiry), so the session context signs out. */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorizedListener = listener;
}

/**
 * The session rides in an HttpOnly cookie that the browser sends to /api by itself (same origin):
 * no token is kept anywhere a script can read it, and every tab of the browser shares the login.
 */
const session: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) unauthorizedListener?.();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

/** Request options that send a bearer token instead of the session cookie: the enrolment-only token, kept in memory. */
export function withBearer(token: string | undefined) {
  return token ? { headers: { Authorization: `Bearer ${token}` } } : {};
}

/** The path parameter of the API's `…/{id}` paths: `api.GET('/api/candidates/{id}', withId(id))`. */
export function withId(id: string) {
  return { params: { path: { id } } };
}
api.use(session);

const UNREACHABLE = 'De server is niet bereikbaar. Probeer het later opnieuw.';

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function toApiError(body: unknown, status: number): ApiError {
  if (body && typeof body === 'object') {
    const { message, fields, code, enrolmentToken } = body as { message?: unknown; fields?: unknown; code?: unknown; enrolmentToken?: unknown };
    const text = Array.isArray(message) ? message.join(' ') : typeof message === 'string' ? message : '';
    if (text)
      return new ApiError(status, text, Array.isArray(fields) ? (fields as FieldProblem[]) : [], stringOrUndefined(code), stringOrUndefined(enrolmentToken));
  }
  return new ApiError(status, `Er ging iets mis (foutcode ${status}).`);
}

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The answer's data, or an ApiError: what TanStack Query and the forms expect. */
export async function unwrap<D>(call: Promise<Answer<D>>): Promise<D> {
  let answer: Answer<D>;
  try {
    answer = await call;
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  if (!answer.response.ok) throw toApiError(answer.error, answer.response.status);
  return answer.data as D;
}
