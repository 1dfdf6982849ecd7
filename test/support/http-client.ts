/** A small fetch wrapper for the e2e tests: JSON in, status and JSON out. */

/**
 * A JSON answer as the tests read it: field by field, checked by `expect`. Typed loosely on purpose,
 * in this one place, so a test can reach into any answer without a cast; pass a type where it helps.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonBody = any;

export interface HttpResult<T = JsonBody> {
  status: number;
  body: T;
  headers: Headers;
}

export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  withToken(token: string): HttpClient {
    return new HttpClient(this.baseUrl, token);
  }

  get<T = JsonBody>(path: string): Promise<HttpResult<T>> {
    return this.send<T>('GET', path);
  }

  post<T = JsonBody>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.send<T>('POST', path, body, headers);
  }

  patch<T = JsonBody>(path: string, body?: unknown): Promise<HttpResult<T>> {
    return this.send<T>('PATCH', path, body);
  }

  delete<T = JsonBody>(path: string): Promise<HttpResult<T>> {
    return this.send<T>('DELETE', path);
  }

  put<T = JsonBody>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.send<T>('PUT', path, body, headers);
  }

  async postForm<T = JsonBody>(path: string, form: FormData): Promise<HttpResult<T>> {
    const response = await fetch(this.baseUrl + path, { method: 'POST', body: form, headers: this.authHeaders() });
    return { status: response.status, body: await parse(response), headers: response.headers };
  }

  /** Sends a raw body as is, for malformed-input tests. */
  async raw<T = JsonBody>(method: string, path: string, body: string, contentType = 'application/json'): Promise<HttpResult<T>> {
    const response = await fetch(this.baseUrl + path, { method, body, headers: { ...this.authHeaders(), 'content-type': contentType } });
    return { status: response.status, body: await parse(response), headers: response.headers };
  }

  private async send<T>(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...extraHeaders, ...this.authHeaders() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(this.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await parse(response), headers: response.headers };
  }

  private authHeaders(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }
}

async function parse(response: Response): Promise<JsonBody> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
