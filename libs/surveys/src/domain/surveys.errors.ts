import { DomainError } from '@app/shared';

/** A link that names no survey (mistyped, or never sent): 404, like anything that does not exist. */
export class SurveyLinkUnknownError extends DomainError {
  constructor() {
    super('surveys.link_unknown', 'not_found', 'Deze link naar de enquête is onbekend. Controleer of je de hele link uit de e-mail hebt geopend.');
  }
}

/** The link was used: a survey is answered once. */
export class SurveyAlreadyAnsweredError extends DomainError {
  constructor() {
    super('surveys.already_answered', 'conflict', 'Deze enquête is al ingevuld. Een link werkt één keer; bedankt voor je antwoord.');
  }
}

/** The link's 30 days have passed. */
export class SurveyExpiredError extends DomainError {
  constructor() {
    super('surveys.link_expired', 'conflict', 'Deze link naar de enquête is verlopen: een link is 30 dagen geldig. Invullen kan niet meer.');
  }
}
