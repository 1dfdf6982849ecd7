import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's response headers for static options, worked out once. @fastify/helmet rebuilds helmet's
 * middleware and parses the CSP again on every request; with options that hold no per-request
 * functions the headers never change (measured in bench/: about 5% of a list request's CPU).
 */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers[name] = value;
    },
    // Helmet removes X-Powered-By; Fastify never sets it.
    removeHeader: () => undefined,
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // A directive given as a function would make the headers differ per request.
  if (!finished) throw new Error('Helmet did not set its headers synchronously; security-headers.ts needs per-request options');
  return headers;
}

/**
 * Sends helmet's headers on every response, as @fastify/helmet does (an onRequest hook at the
 * root), and `Cache-Control: no-store` under `/api/` so personal data never sits in browser or
 * proxy caches; one hook for both, as every hook costs on every request.
 */
export function addSecurityHeaders(fastify: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const headers = securityHeaders(options);
  const apiHeaders = { ...headers, 'Cache-Control': 'no-store' };
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(request.url.startsWith('/api/') ? apiHeaders : headers);
    done();
  });
}
