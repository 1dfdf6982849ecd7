import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@app/shared';

/**
 * The web page's session: the same opaque token as the bearer token of programs, in a cookie that
 * scripts cannot read (HttpOnly), that the browser sends only over HTTPS (Secure; Chromium counts
 * http://localhost and 127.0.0.1 as secure too) and only to this site's API (SameSite=Strict,
 * Path=/api). Its Max-Age is the session's lifetime; idle expiry and logout are the server's, as for
 * a bearer token. Written by hand: one cookie of base64url text needs no escaping, and
 * @fastify/cookie is not installed.
 */
export const SESSION_COOKIE = 'flevowijs_session';

const ATTRIBUTES = 'Path=/api; HttpOnly; Secure; SameSite=Strict';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  void reply.header('Set-Cookie', `${SESSION_COOKIE}=${token}; Max-Age=${maxAgeSeconds}; ${ATTRIBUTES}`);
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.header('Set-Cookie', `${SESSION_COOKIE}=; Max-Age=0; ${ATTRIBUTES}`);
}

/** The session cookie's value, or null. */
export function sessionCookieOf(request: FastifyRequest): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === SESSION_COOKIE) return pair.slice(separator + 1).trim();
  }
  return null;
}

/** The origin of APP_URL, the web page's public address. */
export function originOf(appUrl: string): string {
  return new URL(appUrl).origin;
}

/**
 * The request says it comes from a page of another site: an Origin header that is neither the app's
 * public origin nor the host the request was sent to (the page is served by the API itself). No
 * Origin at all is a program or an old browser, where SameSite=Strict already keeps the cookie home.
 */
export function isForeignOrigin(request: FastifyRequest, appOrigin: string): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || origin === appOrigin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true; // "null" (a sandboxed frame) or garbage
  }
}

/** A state-changing request that the cookie would authenticate. */
export function changesState(request: FastifyRequest): boolean {
  return !SAFE_METHODS.has(request.method);
}

/** A cookie-authenticated change sent from another site's page (cross-site request forgery): 403. */
export class CrossSiteRequestError extends DomainError {
  constructor() {
    super('auth.cross_site_request', 'forbidden', 'Dit verzoek komt van een andere website en is daarom geweigerd.');
  }
}
