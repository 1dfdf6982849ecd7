import { DomainError } from '@app/shared';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('accounts.invalid_credentials', 'unauthenticated', 'E-mailadres of wachtwoord onjuist.');
  }
}

export class SessionExpiredError extends DomainError {
  constructor() {
    super('accounts.session_invalid', 'unauthenticated', 'Je sessie is verlopen of beëindigd; log opnieuw in.');
  }
}

export class EmailTakenError extends DomainError {
  constructor() {
    super('accounts.email_taken', 'conflict', 'Er bestaat al een gebruiker met dit e-mailadres.', [
      { field: 'email', message: 'Dit e-mailadres is al in gebruik.' },
    ]);
  }
}

function duration(seconds: number): string {
  if (seconds >= 120) return `${Math.ceil(seconds / 60)} minuten`;
  return seconds === 1 ? '1 seconde' : `${seconds} seconden`;
}

/** Too many failed logins for this account, or from this address: wait before trying again (429 with Retry-After). */
export class LoginThrottledError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    scope: 'account' | 'address' = 'account',
  ) {
    super(
      'accounts.login_throttled',
      'throttled',
      `Te veel mislukte pogingen ${scope === 'account' ? 'voor dit account' : 'vanaf dit netwerkadres'}. Wacht ${duration(retryAfterSeconds)} en probeer het dan opnieuw.`,
    );
  }
}

/** A "Wachtwoord vergeten" link that is unknown, used, superseded by a newer one, or expired (400 naming `token`). */
export class PasswordResetLinkInvalidError extends DomainError {
  constructor() {
    const message = 'Deze link om je wachtwoord opnieuw in te stellen is verlopen of al gebruikt. Vraag een nieuwe link aan.';
    super('accounts.password_reset_invalid', 'invalid', message, [{ field: 'token', message }]);
  }
}

/**
 * The role must sign in with a one-time code and the account has none yet. Carries a short-lived
 * token that only opens the enrolment routes, so the user can set it up and then sign in again.
 */
export class MfaEnrolmentRequiredError extends DomainError {
  constructor(readonly enrolmentToken: string) {
    super(
      'mfa_enrolment_required',
      'forbidden',
      'Voor jouw rol is tweestapsverificatie verplicht. Stel eerst een authenticator-app in; daarna log je opnieuw in met je wachtwoord en een code.',
    );
  }
}

export class InvalidOneTimeCodeError extends DomainError {
  constructor(field = 'code') {
    super('accounts.invalid_code', 'invalid', 'De code klopt niet of is al gebruikt.', [{ field, message: 'De code klopt niet of is al gebruikt.' }]);
  }
}

export class LoginChallengeExpiredError extends DomainError {
  constructor() {
    super('accounts.challenge_invalid', 'unauthenticated', 'De inlogstap is verlopen; log opnieuw in met je wachtwoord.');
  }
}

export class MfaStateConflictError extends DomainError {
  constructor(message: string) {
    super('accounts.mfa_conflict', 'conflict', message);
  }
}

/** An enrolment-only session used for anything but setting up two-step verification. */
export class EnrolmentOnlySessionError extends DomainError {
  constructor() {
    super('mfa_enrolment_required', 'forbidden', 'Stel eerst tweestapsverificatie in; daarna log je opnieuw in.');
  }
}

/** The change would leave no active administrator: nobody could manage users any more (409). */
export class LastAdministratorError extends DomainError {
  constructor(change: 'deactivate' | 'demote') {
    const what = change === 'deactivate' ? 'gedeactiveerd' : 'een andere rol krijgen';
    super(
      'accounts.last_administrator',
      'conflict',
      `Dit is de laatste actieve beheerder en kan daarom niet ${what}. Maak eerst een andere gebruiker beheerder.`,
      [{ field: change === 'deactivate' ? 'active' : 'role', message: `De laatste actieve beheerder kan niet ${what}.` }],
    );
  }
}
