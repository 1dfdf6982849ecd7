import { request as httpRequest, type Agent } from 'node:http';
import type { HttpResult } from './http-client';

/**
 * Sends one request with a deadline; a request that is never answered comes back as status 599
 * instead of hanging the test. Pass a keep-alive `agent` with one socket to send several requests
 * over one connection (as browsers do); without one, each request gets its own connection.
 */
export async function sendOnce(
  baseUrl: string,
  method: string,
  path: string,
  body: Buffer | string,
  headers: Record<string, string>,
  options: { timeoutMs?: number; agent?: Agent; localAddress?: string } = {},
): Promise<HttpResult> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  return new Promise((resolve) => {
    const request = httpRequest(
      `${baseUrl}${path}`,
      {
        method,
        agent: options.agent ?? false,
        // Another loopback source address (127.0.0.x) is another client to the per-address throttle.
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
        headers: { ...headers, 'content-length': String(payload.length), ...(options.agent ? {} : { connection: 'close' }) },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text || undefined;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: the caller judges the text
          }
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
          resolve({ status: response.statusCode ?? 0, body: parsed, headers: responseHeaders });
        });
      },
    );
    request.on('timeout', () => {
      request.destroy();
      resolve({ status: 599, body: `no answer within ${timeoutMs} ms`, headers: new Headers() });
    });
    // A server may answer before the upload is done and close; the answer counts, not the broken pipe.
    request.on('error', (error) =>
      resolve({ status: 598, body: `connection error: ${(error as NodeJS.ErrnoException).code ?? error.message}`, headers: new Headers() }),
    );
    request.end(payload);
  });
}

/** A FormData as bytes plus its content type (with boundary), as fetch would send it. */
export async function encodeForm(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const encoded = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') as string };
}
