import { DomainError } from '@app/shared';
import { STAGE_LABELS } from './stage-labels';
import { nextStages, type Stage, type StageCommand } from './stage';

export class StageConflictError extends DomainError {
  readonly allowedStages: Stage[];

  constructor(command: StageCommand, current: Stage) {
    const allowed = nextStages(current);
    const allowedText = allowed.length ? allowed.map((stage) => `${stage} (${STAGE_LABELS[stage]})`).join(', ') : 'geen';
    super(
      'candidates.stage_conflict',
      'conflict',
      `Dit kan niet: de kandidaat staat in fase ${current} (${STAGE_LABELS[current]}). Toegestane volgende fasen: ${allowedText}.`,
    );
    this.allowedStages = allowed;
    void command;
  }
}

/** If-Match named a version the candidate has moved on from: someone changed it meanwhile (412). */
export class StaleCandidateError extends DomainError {
  constructor(current: Stage, changedBy: string | null) {
    const who = changedBy ? ` door ${changedBy}` : '';
    super(
      'candidates.stale',
      'precondition_failed',
      `Deze kandidaat is intussen gewijzigd${who}: de fase is nu ${STAGE_LABELS[current]}. Laad de pagina opnieuw en probeer het daarna nog eens.`,
    );
  }
}

/** R1: the route does not accept the degree level; `refusal` says what it asks and which routes would (eligibility.policy in @app/routes). */
export class IneligibleDegreeError extends DomainError {
  constructor(refusal: string, keptNothing = true) {
    super('candidates.ineligible_degree', 'unprocessable', keptNothing ? `${refusal} We hebben je gegevens niet bewaard.` : refusal, [
      { field: 'degreeLevel', message: refusal },
    ]);
  }
}

const DOCUMENT_LABELS: Readonly<Record<string, string>> = { motivationLetter: 'De motivatiebrief', cv: 'Het cv' };

export class DocumentRefusedError extends DomainError {
  constructor(field: string, reason: string) {
    const message = `${DOCUMENT_LABELS[field] ?? field} is geweigerd. ${reason}`;
    super('candidates.document_refused', 'unprocessable', message, [{ field, message }]);
  }
}

/** The desk chose a route for a candidate in a programme or with a closed dossier (409). */
export class RouteFixedError extends DomainError {
  constructor(stage: Stage) {
    super(
      'candidates.route_fixed',
      'conflict',
      `De route kan niet meer worden gewijzigd: de kandidaat staat in fase ${STAGE_LABELS[stage]}. Een andere route tijdens het traject is een routewissel van het traject.`,
      [{ field: 'route', message: 'Route kan in deze fase niet meer worden gewijzigd.' }],
    );
  }
}

/** R1 for the desk: the chosen route does not accept the candidate's degree level; the message names the routes that do. */
export class RouteNotForDegreeError extends DomainError {
  constructor(routeName: string, degreeLabel: string, fitting: readonly string[]) {
    const instead = fitting.length ? `Routes die wel passen: ${fitting.join(', ')}.` : 'Geen van de routes past bij deze opleiding.';
    const message = `${routeName} past niet bij de opleiding van de kandidaat (${degreeLabel}). ${instead}`;
    super('candidates.route_not_for_degree', 'unprocessable', message, [{ field: 'route', message }]);
  }
}

/** R13: erasure keeps the anonymous record of a finished path; a dossier still running is closed first. */
export class CandidateStillOpenError extends DomainError {
  constructor(current: Stage) {
    super(
      'candidates.still_open',
      'conflict',
      `Een lopend dossier kan niet gewist worden: de kandidaat staat in fase ${STAGE_LABELS[current]}. Sluit het dossier eerst af (afwijzen of teruggetrokken) en wis daarna.`,
    );
  }
}
