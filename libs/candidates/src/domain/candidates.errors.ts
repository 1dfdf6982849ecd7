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

const DOCUMENT_LABELS: Readonly<Record<string, string>> = { motivationLetter: 'De motivatiebrief', cv: 'Het cv' };

export class DocumentRefusedError extends DomainError {
  constructor(field: string, reason: string) {
    const message = `${DOCUMENT_LABELS[field] ?? field} is geweigerd. ${reason}`;
    super('candidates.document_refused', 'unprocessable', message, [{ field, message }]);
  }
}
