import { DomainError } from '@app/shared';

export class AssessmentNotOpenError extends DomainError {
  constructor() {
    super(
      'assessment.not_open',
      'conflict',
      'De uitkomst van dit geschiktheidsonderzoek is al vastgelegd. Een uitkomst wordt maar één keer vastgelegd; neem contact op met Flevowijs als die niet klopt.',
    );
  }
}

export class OpenAssessmentExistsError extends DomainError {
  constructor() {
    super('assessment.open_exists', 'conflict', 'Voor deze kandidaat loopt al een geschiktheidsonderzoek zonder uitkomst.');
  }
}

/** A date that is well-formed but refused by a rule that needs today or the stored request (422). */
export class AssessmentDateRefusedError extends DomainError {
  constructor(field: string, message: string) {
    super('assessment.date_refused', 'unprocessable', message, [{ field, message }]);
  }
}
