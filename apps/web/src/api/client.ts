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
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
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

/** The path parameter of the API's `…/{id}` paths: `api.GET('/api/candidates/{id}', withId(id))`. */
export function withId(id: string) {
  return { params: { path: { id } } };
}
api.use(session);

const UNREACHABLE = 'De server is niet bereikbaar. Probeer het later opnieuw.';

function toApiError(body: unknown, status: number): ApiError {
  if (body && typeof body === 'object') {
    const { message, fields } = body as { message?: unknown; fields?: unknown };
    const text = Array.isArray(message) ? message.join(' ') : typeof message === 'string' ? message : '';
    if (text) return new ApiError(status, text, Array.isArray(fields) ? (fields as FieldProblem[]) : []);
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
