import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { HelmetOptions } from 'helmet';

/**
 * Helmet's headers for JSON answers under /api (OWASP's REST Security Cheat Sheet): nothing in a
 * JSON answer may load, run or be framed, so a two-directive CSP and DENY replace the page's policy,
 * and the headers that only matter for documents (COOP, Origin-Agent-Cluster, the legacy X-* ones)
 * are left out. Every key that differs from the page's options is set, as route options are merged
 * over the global ones.
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

function isApiAnswer(url: string): boolean {
  return url.startsWith('/api/') && !OPENAPI_PAGE.test(url);
}

/**
 * @fastify/helmet as documented: registered globally with the page's policy (the web page, the
 * OpenAPI page and anything without a route), and the API's stricter policy as the route option
 * `helmet` of every route under `/api/`, set as each route is added. Everything under `/api/` also
 * gets `Cache-Control: no-store`, so personal data never sits in browser or proxy caches.
 *
 * Call it before any route is added. Helmet's own onRoute hook, which turns the route option into
 * route config, exists once the plugin has loaded, as Fastify loads plugins at the next awaited
 * registration: bootstrap.ts awaits its next plugin registration before Swagger and Nest add routes.
 * (A route added before that gets the page's policy; the platform e2e test would show it.)
 */
export function addSecurityHeaders(fastify: FastifyInstance, pageOptions: Readonly<HelmetOptions>): void {
  fastify.addHook('onRoute', (route) => {
    if (route.helmet === undefined && isApiAnswer(route.url)) route.helmet = API_HEADER_OPTIONS;
  });
  void fastify.register(fastifyHelmet, { global: true, ...pageOptions });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.url.startsWith('/api/')) void reply.header('Cache-Control', 'no-store');
    done();
  });
}
