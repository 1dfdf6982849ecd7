import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

const TOKEN_KEY = 'flevowijs.token';

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

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

let unauthorizedListener: (() => void) | null = null;

/** Called on every 401, after the token is dropped: the session context logs out. */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorizedListener = listener;
}

const session: Middleware = {
  onRequest({ request }) {
    const token = getToken();
    if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) {
      setToken(null);
      unauthorizedListener?.();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });

/** Request options that send another bearer token than the session's: the enrolment-only token. */
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
