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
