import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@app/shared';
import type { Principal } from '@app/accounts';

export const PUBLIC_ROUTE = 'publicRoute';
export const ALLOWED_ROLES = 'allowedRoles';
export const ENROLMENT_ALLOWED = 'enrolmentAllowed';

/** The route needs no login. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may use the route; others get 404, as if it did not exist for them (R14). */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** An enrolment-only session (the role requires two-step verification, not set up yet) may use the route. */
export const EnrolmentAllowed = () => SetMetadata(ENROLMENT_ALLOWED, true);

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  return context.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
