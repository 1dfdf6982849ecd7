import { DomainError, ValidationFailedError } from '@app/shared';

/** A code or name that another route has (codes are kept for good: a route is deactivated, never deleted). */
export class DuplicateRouteError extends ValidationFailedError {
  constructor(field: 'code' | 'name') {
    super([{ field, message: field === 'code' ? 'Er bestaat al een route met deze code.' : 'Er bestaat al een route met deze naam.' }]);
  }
}

/** The route named in a form or a command does not exist or is deactivated. */
export class UnknownRouteError extends DomainError {
  constructor(field: string, offered: readonly string[]) {
    const message = `Route bestaat niet of wordt niet meer aangeboden; kies een van de routes: ${offered.join(', ')}.`;
    super('routes.unknown', 'invalid', message, [{ field, message }]);
  }
}
