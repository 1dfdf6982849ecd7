import { DomainError } from '@app/shared';
import { STAGE_LABELS } from './stage-labels';
import type { Stage } from './stage';

/** The most candidates one bulk action takes. */
export const BULK_MAX = 500;

/** Bulk rejection is for triage: only from applied or screening, before any board had the data. */
export const BULK_REJECT_FROM: readonly Stage[] = ['applied', 'screening'];

/** More candidates match the filters than one bulk action takes (400). */
export class BulkSelectionTooLargeError extends DomainError {
  constructor(field: string) {
    const message = `Er zijn meer dan ${BULK_MAX} kandidaten geselecteerd. Verfijn de filters: een actie kan hoogstens ${BULK_MAX} kandidaten tegelijk aan.`;
    super('candidates.bulk_too_large', 'invalid', message, [{ field, message }]);
  }
}

/** A candidate in a later stage than bulk rejection allows (reported per candidate). */
export class BulkRejectStageError extends DomainError {
  constructor(current: Stage) {
    super(
      'candidates.bulk_reject_stage',
      'conflict',
      `Massaal afwijzen kan alleen in de fasen ${BULK_REJECT_FROM.map((stage) => STAGE_LABELS[stage]).join(' en ')}; deze kandidaat staat in fase ${STAGE_LABELS[current]}. Wijs af op de pagina van de kandidaat.`,
    );
  }
}

/** The undo came after the rejection mail started (reported per candidate). */
export class UndoTooLateError extends DomainError {
  constructor() {
    super('candidates.undo_too_late', 'conflict', 'Te laat om ongedaan te maken: de afwijzingsmail is al verstuurd.');
  }
}

/** The candidate changed after the bulk rejection: the undo leaves it as it is (reported per candidate). */
export class UndoChangedError extends DomainError {
  constructor() {
    super('candidates.undo_changed', 'conflict', 'Niet ongedaan gemaakt: de kandidaat is na het afwijzen nog gewijzigd.');
  }
}

/** The address has a new open dossier since the rejection (R3): the old one stays closed (reported per candidate). */
export class ReopenBlockedError extends DomainError {
  constructor() {
    super('candidates.reopen_blocked', 'conflict', 'Niet ongedaan gemaakt: er loopt intussen een nieuwe aanmelding met hetzelfde e-mailadres.');
  }
}
