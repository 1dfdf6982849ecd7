import { DomainError } from '@app/shared';

/** A sign-in link that was used, replaced by a newer one, expired, or never existed: 400 naming the token. */
export class SignInLinkInvalidError extends DomainError {
  constructor() {
    const message = 'Deze inloglink is verlopen of al gebruikt. Vraag een nieuwe link aan.';
    super('portal.sign_in_link_invalid', 'invalid', message, [{ field: 'token', message }]);
  }
}

/** No candidate session, or an ended or expired one: 401. */
export class CandidateSessionExpiredError extends DomainError {
  constructor() {
    super('portal.session_invalid', 'unauthenticated', 'Je bent niet (meer) ingelogd op Mijn aanmelding; vraag een nieuwe inloglink aan.');
  }
}
