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
