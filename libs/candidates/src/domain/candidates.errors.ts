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

export class IneligibleDegreeError extends DomainError {
  constructor() {
    super(
      'candidates.ineligible_degree',
      'unprocessable',
      'Voor zij-instroom in het primair onderwijs heb je een afgeronde hbo-bachelor (240 EC), hbo-master, wo-bachelor of wo-master nodig. ' +
        'Heb je die (nog) niet? Kijk dan naar de deeltijd-pabo, een associate degree PEP of een duaal traject via de lerarenopleiding; ' +
        'we hebben je gegevens niet bewaard.',
      [{ field: 'degreeLevel', message: 'Een afgeronde hbo- of wo-opleiding (bachelor of master) is vereist.' }],
    );
  }
}

export class OpenDossierExistsError extends DomainError {
  constructor() {
    super(
      'candidates.open_dossier_exists',
      'conflict',
      'Er loopt al een aanmelding met dit e-mailadres. Neem contact op met Flevowijs als je gegevens wilt wijzigen.',
      [{ field: 'email', message: 'Er loopt al een aanmelding met dit e-mailadres.' }],
    );
  }
}

const DOCUMENT_LABELS: Readonly<Record<string, string>> = { motivationLetter: 'De motivatiebrief', cv: 'Het cv' };

export class DocumentRefusedError extends DomainError {
  constructor(field: string, reason: string) {
    const message = `${DOCUMENT_LABELS[field] ?? field} is geweigerd. ${reason}`;
    super('candidates.document_refused', 'unprocessable', message, [{ field, message }]);
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
