import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers for JSON answers under /api (OWASP's REST Security Cheat Sheet): nothing in a
 * JSON answer may load, run or be framed, so a two-directive CSP and DENY replace the page's policy,
 * and the headers that only matter for documents (COOP, Origin-Agent-Cluster, the legacy X-* ones)
 * are left out.
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
 * The one shortcut kept on purpose. @fastify/helmet (its documented use: a global registration
 * with route options for /api) builds helmet's middleware and parses the CSP again on every request;
 * with static options the headers never change, so they are worked out once here by running
 * helmet's own middleware against a recorder. Measured with `npm run bench` (detail route): the
 * documented registration spent about 0.015 ms of CPU per
 * request in helmet (a CPU profile of the product: about 4% of its Node CPU per request); the
 * headers below are byte for byte what it sent (test/e2e/platform.e2e-spec.ts).
 */
function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = { setHeader: (name: string, value: string) => void (headers[name] = value), removeHeader: () => undefined };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // A directive given as a function would make the headers differ per request.
  if (!finished) throw new Error('Helmet did not set its headers synchronously; security-headers.ts needs per-request options');
  return headers;
}

/** The API's strict policy and `Cache-Control: no-store` (personal data never sits in a browser or proxy cache). */
export const API_HEADERS: Readonly<Record<string, string>> = { ...securityHeaders(API_HEADER_OPTIONS), 'Cache-Control': 'no-store' };

/**
 * Helmet's headers on every answer, decided by the route that answers (Fastify routes the decoded
 * path, so `/%61pi/me` is `/api/me`), never by the raw URL: the API's headers for every route under
 * /api and, as the safe default, for a request no route took (its answer is a JSON 404); the page's
 * policy for the web page and the OpenAPI page; a policy of their own for the `documents` under
 * /api that are pages (the queue dashboard: its HTML, scripts and styles come from its own path).
 */
export function addSecurityHeaders(
  fastify: FastifyInstance,
  pageOptions: Readonly<HelmetOptions>,
  documents: readonly { prefix: string; options: Readonly<HelmetOptions> }[] = [],
): void {
  const pageHeaders = securityHeaders(pageOptions);
  const documentHeaders = { ...pageHeaders, 'Cache-Control': 'no-store' };
  const ownDocuments = documents.map(({ prefix, options }) => ({ prefix, headers: { ...securityHeaders(options), 'Cache-Control': 'no-store' } }));
  const headersFor = (route: string | undefined) => {
    if (route === undefined) return API_HEADERS;
    if (route !== '/api' && !route.startsWith('/api/')) return pageHeaders;
    const own = ownDocuments.find(({ prefix }) => route === prefix || route.startsWith(`${prefix}/`));
    if (own) return own.headers;
    return OPENAPI_PAGE.test(route) ? documentHeaders : API_HEADERS;
  };
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headersFor(request.routeOptions.url));
    done();
  });
}
