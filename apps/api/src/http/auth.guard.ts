import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { NotFoundError, type Role } from '@app/shared';
import { EnrolmentOnlySessionError, SessionExpiredError, SessionsService, type Principal } from '@app/accounts';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { CrossSiteRequestError, changesState, isForeignOrigin, originOf, sessionCookieOf } from '../auth/session-cookie';
import { ALLOWED_ROLES, ENROLMENT_ALLOWED, PUBLIC_ROUTE } from './auth.decorators';

interface RouteAccess {
  isPublic: boolean;
  enrolmentAllowed: boolean;
  roles: readonly Role[] | undefined;
}

/**
 * The principal of a request that needs a session, for the guard and for routes outside Nest (the
 * queue dashboard): the token as a bearer token or, without an Authorization header, the page's
 * cookie; a cookie-authenticated change from another site's page is refused; an enrolment-only
 * session only where allowed; another role answers 404, as if the route did not exist (R14).
 */
export async function authenticateRequest(
  request: FastifyRequest,
  sessions: SessionsService,
  appOrigin: string,
  access: Pick<RouteAccess, 'enrolmentAllowed' | 'roles'>,
): Promise<Principal> {
  const header = request.headers.authorization;
  const token = header === undefined ? (sessionCookieOf(request) ?? '') : header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token || token.length > 200) throw new SessionExpiredError();
  if (header === undefined && changesState(request) && isForeignOrigin(request, appOrigin)) throw new CrossSiteRequestError();
  const principal = await sessions.authenticate(token);
  if (principal.enrolmentOnly && !access.enrolmentAllowed) throw new EnrolmentOnlySessionError();
  if (access.roles && !access.roles.includes(principal.role)) throw new NotFoundError('route');
  return principal;
}

/**
 * Every route needs a valid session unless marked @Public(); the principal comes from the session
 * only. The session's token comes as a bearer token (programs, and the enrolment-only token) or,
 * without an Authorization header, in the web page's cookie; a change authenticated by the cookie
 * and sent from another site's page is refused (CSRF, on top of SameSite=Strict).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** A route's decorators never change: read once per controller and handler, not on every request. */
  private readonly routes = new WeakMap<object, WeakMap<object, RouteAccess>>();

  private readonly appOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.appOrigin = originOf(config.appUrl);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.routeAccess(context);
    if (access.isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    request.principal = await authenticateRequest(request, this.sessions, this.appOrigin, access);
    return true;
  }

  private routeAccess(context: ExecutionContext): RouteAccess {
    const [handler, controller] = [context.getHandler(), context.getClass()];
    let handlers = this.routes.get(controller);
    if (!handlers) this.routes.set(controller, (handlers = new WeakMap()));
    let access = handlers.get(handler);
    if (!access) {
      const targets = [handler, controller];
      access = {
        isPublic: this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true,
        enrolmentAllowed: this.reflector.getAllAndOverride<boolean | undefined>(ENROLMENT_ALLOWED, targets) === true,
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets),
      };
      handlers.set(handler, access);
    }
    return access;
  }
}
