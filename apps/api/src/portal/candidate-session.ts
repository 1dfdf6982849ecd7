import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { CandidateSessionExpiredError, PortalSignInService } from '@app/portal';
import { CrossSiteRequestError, changesState, isForeignOrigin, originOf } from '../auth/session-cookie';

/**
 * The candidate's own session: a cookie of its own, apart from the staff session's, sent only to
 * /api/portal (HttpOnly, Secure, SameSite=Strict); programs send the token as a bearer token.
 */
const CANDIDATE_COOKIE = 'flevowijs_candidate';

const ATTRIBUTES = 'Path=/api/portal; HttpOnly; Secure; SameSite=Strict';

export function setCandidateCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  void reply.header('Set-Cookie', `${CANDIDATE_COOKIE}=${token}; Max-Age=${maxAgeSeconds}; ${ATTRIBUTES}`);
}

export function clearCandidateCookie(reply: FastifyReply): void {
  void reply.header('Set-Cookie', `${CANDIDATE_COOKIE}=; Max-Age=0; ${ATTRIBUTES}`);
}

/** The candidate session's token: the bearer token, or without an Authorization header the cookie; '' when there is none. */
export function candidateTokenOf(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (header !== undefined) return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === CANDIDATE_COOKIE) return pair.slice(separator + 1).trim();
  }
  return '';
}

/**
 * The candidate of a request: a running candidate session only; a cookie-authenticated change from
 * another site's page is refused (CSRF). Called in the handler, after the body's validation, so a
 * malformed body is refused by field (400) like everywhere else, before the session is looked at.
 */
@Injectable()
export class CandidateSessions {
  private readonly appOrigin: string;

  constructor(
    private readonly signIn: PortalSignInService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.appOrigin = originOf(config.appUrl);
  }

  async candidateOf(request: FastifyRequest): Promise<string> {
    const token = candidateTokenOf(request);
    if (!token) throw new CandidateSessionExpiredError();
    if (request.headers.authorization === undefined && changesState(request) && isForeignOrigin(request, this.appOrigin)) throw new CrossSiteRequestError();
    return this.signIn.authenticate(token);
  }
}
