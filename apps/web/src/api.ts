const TOKEN_KEY = 'flevowijs.token';

export interface FieldError {
  field: string;
  message: string;
}

/** An error response of the API: `{ statusCode, error, message, fields? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }

  /** Per-field messages keyed by field name. */
  fieldMessages(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const f of this.fields) result[f.field] = result[f.field] ? `${result[f.field]} ${f.message}` : f.message;
    return result;
  }
}

let unauthorizedListener: (() => void) | null = null;

/** Called on every 401, after the token is dropped. */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorizedListener = listener;
}

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function messageOf(body: unknown, status: number): { message: string; fields: FieldError[] } {
  if (body && typeof body === 'object') {
    const b = body as { message?: unknown; fields?: unknown };
    const message = Array.isArray(b.message) ? b.message.join(' ') : typeof b.message === 'string' ? b.message : '';
    const fields = Array.isArray(b.fields) ? (b.fields as FieldError[]) : [];
    if (message) return { message, fields };
  }
  if (status === 0) return { message: 'De server is niet bereikbaar. Probeer het later opnieuw.', fields: [] };
  return { message: `Er ging iets mis (foutcode ${status}).`, fields: [] };
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, messageOf(null, 0).message);
  }
  if (response.ok) return response;
  if (response.status === 401) {
    setToken(null);
    unauthorizedListener?.();
  }
  const body: unknown = await response.json().catch(() => null);
  const { message, fields } = messageOf(body, response.status);
  throw new ApiError(response.status, message, fields);
}

async function parse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function apiGet<T>(path: string): Promise<T> {
  return parse<T>(await send(path, { headers: { Accept: 'application/json' } }));
}

export async function apiSend<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await send(path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  return parse<T>(response);
}

export async function apiPostForm<T>(path: string, form: FormData): Promise<T> {
  return parse<T>(await send(path, { method: 'POST', body: form, headers: { Accept: 'application/json' } }));
}

/** Downloads a protected file with the bearer token and saves it under `fileName`. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const blob = await (await send(path)).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
