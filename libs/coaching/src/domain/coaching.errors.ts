import { DomainError } from '@app/shared';

export class NotACoachUserError extends DomainError {
  constructor() {
    super('coaching.not_a_coach_user', 'unprocessable', 'Deze gebruiker is geen actieve coach.', [
      { field: 'userId', message: 'Kies een actieve gebruiker met de rol coach.' },
    ]);
  }
}

export class CoachExistsError extends DomainError {
  constructor() {
    super('coaching.coach_exists', 'conflict', 'Deze coach heeft al een profiel.', [{ field: 'userId', message: 'Deze coach heeft al een profiel.' }]);
  }
}

export class CoachNotAvailableError extends DomainError {
  constructor() {
    super('coaching.coach_not_available', 'unprocessable', 'Deze coach bestaat niet of is niet actief.', [
      { field: 'coachId', message: 'Kies een actieve coach.' },
    ]);
  }
}

/** R9: above the maximum only by hand and with a reason. */
export class CoachFullError extends DomainError {
  constructor() {
    super('coaching.coach_full', 'conflict', 'Deze coach zit op het maximum aantal trajecten. Geef een reden om toch toe te wijzen.', [
      { field: 'overrideReason', message: 'Geef een reden om boven het maximum toe te wijzen.' },
    ]);
  }
}

export class ProgrammeNotRunningForCoachingError extends DomainError {
  constructor() {
    super('coaching.programme_not_running', 'conflict', 'Dit traject loopt niet meer: een coach toewijzen kan alleen bij een lopend traject.');
  }
}

/** R10: the date of a session. */
export class SessionDateError extends DomainError {
  constructor(message: string) {
    super('coaching.session_date', 'unprocessable', message, [{ field: 'date', message }]);
  }
}

export class NotSessionAuthorError extends DomainError {
  constructor() {
    super('coaching.not_session_author', 'forbidden', 'Alleen wie de begeleiding heeft vastgelegd, kan die wijzigen of verwijderen.');
  }
}

export class SessionEditWindowClosedError extends DomainError {
  constructor(days: number) {
    super('coaching.session_edit_closed', 'conflict', `Begeleiding kan tot ${days} dagen na het vastleggen worden gewijzigd of verwijderd.`);
  }
}
