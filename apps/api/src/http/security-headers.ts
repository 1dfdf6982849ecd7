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
 * Helmet's headers for JSON answers under /api (OWASP's REST Security Cheat Sheet): nothing in a
 * JSON answer may load, run or be framed, so a two-directive CSP and DENY replace the page's policy,
 * and the headers that only matter for documents (COOP, Origin-Agent-Cluster, the legacy X-* ones)
 * are left out. Shorter headers also cost less on every request (measured in bench/).
 */
const API_HEADER_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: { action: 'deny' },
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

/** The OpenAPI page and its assets are documents (HTML, scripts, styles): they get the page's headers. */
const OPENAPI_PAGE = /^\/api\/docs(?:[/?]|$)/;

/**
 * Sends helmet's headers on every response, as @fastify/helmet does (an onRequest hook at the
 * root): the page's policy for the web page and the OpenAPI page, the API's for everything else
 * under `/api/`, which also gets `Cache-Control: no-store` so personal data never sits in browser
 * or proxy caches. One hook for all of it, as every hook costs on every request.
 */
export function addSecurityHeaders(fastify: FastifyInstance, pageOptions: Readonly<HelmetOptions>): void {
  const pageHeaders = securityHeaders(pageOptions);
  const documentHeaders = { ...pageHeaders, 'Cache-Control': 'no-store' };
  const apiHeaders = { ...securityHeaders(API_HEADER_OPTIONS), 'Cache-Control': 'no-store' };
  fastify.addHook('onRequest', (request, reply, done) => {
    const url = request.url;
    void reply.headers(!url.startsWith('/api/') ? pageHeaders : OPENAPI_PAGE.test(url) ? documentHeaders : apiHeaders);
    done();
  });
}
