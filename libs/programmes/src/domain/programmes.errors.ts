import { DomainError, type FieldProblem } from '@app/shared';

/** R8: the programme cannot start; the message names every condition that is not met, each also as a field problem. */
export class StartConditionsMissingError extends DomainError {
  constructor(readonly missing: FieldProblem[]) {
    super(
      'programmes.start_conditions_missing',
      'conflict',
      `Het traject kan niet starten. Wat ontbreekt: ${missing.map((problem) => problem.message.replace(/\.$/, '')).join('; ')}.`,
      missing.map((problem) => ({ field: problem.field, message: `Ontbreekt: ${problem.message}` })),
    );
  }
}

export class RunningProgrammeExistsError extends DomainError {
  constructor() {
    super('programmes.running_exists', 'conflict', 'Deze kandidaat heeft al een lopend traject.');
  }
}

/** An outcome, extension or route switch on a programme that has ended. */
export class ProgrammeNotRunningError extends DomainError {
  constructor(status: string) {
    super(
      'programmes.not_running',
      'conflict',
      `Dit traject loopt niet meer (${status}): een uitkomst, verlenging of routewissel kan alleen bij een lopend traject.`,
    );
  }
}

/** A well-formed value a rule refuses (422), naming the field. */
export class ProgrammeInputRefusedError extends DomainError {
  constructor(field: string, message: string) {
    super('programmes.input_refused', 'unprocessable', message, [{ field, message }]);
  }
}

/** R8: the subsidy zij-instroom is applied for once per person. */
export class SubsidyElsewhereError extends DomainError {
  constructor() {
    super(
      'programmes.subsidy_once_per_person',
      'conflict',
      'Voor deze persoon is al subsidie zij-instroom aangevraagd bij een ander traject; de subsidie wordt één keer per persoon aangevraagd.',
    );
  }
}

export class TaskAlreadyDoneError extends DomainError {
  constructor() {
    super('programmes.task_done', 'conflict', 'Deze taak is al afgehandeld.');
  }
}
