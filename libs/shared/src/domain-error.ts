/** What kind of refusal an error is; the API maps each kind to one HTTP status. */
export type DomainErrorKind =
  | 'invalid' // 400: the input is malformed
  | 'unprocessable' // 422: well-formed, but a rule refuses it
  | 'not_found' // 404: absent, or not visible to this user
  | 'conflict' // 409: the current state does not allow it
  | 'precondition_failed' // 412: the client's copy is stale (If-Match)
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'throttled'; // 429: too many attempts, try again later

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A refusal by a business rule. Carries a stable `code`, a message a person can act on (Dutch,
 * since end users read it) and optional per-field problems. Never an HTTP exception, so the
 * worker can treat it as unrecoverable.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what}.not_found`, 'not_found', 'Niet gevonden.');
  }
}

export class ValidationFailedError extends DomainError {
  constructor(fields: FieldProblem[], message = 'De invoer is niet geldig.') {
    super('validation_failed', 'invalid', message, fields);
  }
}
