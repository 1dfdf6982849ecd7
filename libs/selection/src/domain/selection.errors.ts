import { DomainError, NotFoundError, formatDutchMoment } from '@app/shared';

const STATUS_LABELS: Record<string, string> = {
  scheduled: 'gepland',
  cancelled: 'geannuleerd',
  completed: 'afgerond',
};

export class InterviewNotFoundError extends NotFoundError {
  constructor() {
    super('interview');
  }
}

/** A change to an interview that is no longer planned (cancelled, or with an outcome). */
export class InterviewNotScheduledError extends DomainError {
  constructor(status: string) {
    super(
      'selection.interview_not_scheduled',
      'conflict',
      `Dit kan niet: het selectiegesprek is ${STATUS_LABELS[status] ?? status}. Alleen een gepland gesprek kan worden gewijzigd, geannuleerd of afgerond.`,
    );
  }
}

/** Advice and outcome follow the calendar: nothing to record before the interview has started. */
export class InterviewNotStartedError extends DomainError {
  constructor(startsAt: Date) {
    super(
      'selection.interview_not_started',
      'conflict',
      `Dit kan nog niet: het selectiegesprek begint ${formatDutchMoment(startsAt)} (Nederlandse tijd). Advies en uitkomst leg je vast vanaf het begin van het gesprek.`,
    );
  }
}

export class InterviewAlreadyScheduledError extends DomainError {
  constructor() {
    super(
      'selection.interview_already_scheduled',
      'conflict',
      'Voor deze kandidaat staat al een selectiegesprek gepland. Verplaats of annuleer dat gesprek eerst.',
    );
  }
}

/** A panel member or board that the rules refuse (unknown, inactive, wrong role or board). */
export class PanelMemberRefusedError extends DomainError {
  constructor(field: string, message: string) {
    super('selection.panel_member_refused', 'unprocessable', message, [{ field, message }]);
  }
}

export class BoardNotOnPanelError extends DomainError {
  constructor() {
    const message = 'Dit schoolbestuur zit niet in het panel van dit selectiegesprek.';
    super('selection.board_not_on_panel', 'unprocessable', message, [{ field: 'boardId', message }]);
  }
}
