import { DomainError } from '@app/shared';

/** R7: no supernumerary place left in the school year; the message names the declared places and their use. */
export class CapacityExhaustedError extends DomainError {
  constructor(schoolYear: string, places: number | null, used: number) {
    super(
      'placements.capacity_exhausted',
      'conflict',
      places === null
        ? `Dit schoolbestuur heeft voor schooljaar ${schoolYear} geen boven-formatieve plaatsen opgegeven. Geef eerst de capaciteit op.`
        : `Geen boven-formatieve plaats meer vrij in schooljaar ${schoolYear}: ${used} van ${places} opgegeven plaatsen zijn in gebruik.`,
    );
  }
}

/** Lowering the declared places below what is in use. */
export class CapacityBelowUseError extends DomainError {
  constructor(schoolYear: string, used: number) {
    super(
      'placements.capacity_below_use',
      'conflict',
      `In schooljaar ${schoolYear} ${used === 1 ? 'is 1 plaats' : `zijn ${used} plaatsen`} in gebruik; het aantal plaatsen kan niet lager dan ${used}.`,
    );
  }
}

export class CandidateNotPlaceableError extends DomainError {
  constructor(stage: string, placeable: readonly string[]) {
    super(
      'placements.candidate_not_placeable',
      'conflict',
      `Deze kandidaat kan (nog) niet geplaatst worden: de fase is ${stage}. Plaatsen kan in de fasen ${placeable.join(', ')}.`,
    );
  }
}

export class ActivePlacementExistsError extends DomainError {
  constructor() {
    super('placements.active_exists', 'conflict', 'Deze kandidaat heeft al een lopende plaatsing. Beëindig of annuleer die eerst.');
  }
}

export class PlacementNotActiveError extends DomainError {
  constructor() {
    super('placements.not_active', 'conflict', 'Deze plaatsing loopt niet meer: ze is al geannuleerd of beëindigd.');
  }
}

/** Cancelling is for a placement that has not started (entered by mistake, or the candidate withdrew). */
export class PlacementStartedError extends DomainError {
  constructor(startDate: string) {
    super(
      'placements.already_started',
      'conflict',
      `Deze plaatsing is op ${startDate} begonnen en kan niet meer geannuleerd worden. Beëindig de plaatsing met een datum en reden.`,
    );
  }
}

export class PlacementNotStartedError extends DomainError {
  constructor(startDate: string) {
    super('placements.not_started', 'conflict', `Deze plaatsing begint pas op ${startDate}. Annuleer de plaatsing in plaats van haar te beëindigen.`);
  }
}

export class ProposalExistsError extends DomainError {
  constructor() {
    super('placements.proposal_exists', 'conflict', 'Deze kandidaat is al voorgesteld aan dit schoolbestuur; dat voorstel staat nog open.');
  }
}

export class ProposalNotOpenError extends DomainError {
  constructor() {
    super('placements.proposal_not_open', 'conflict', 'Over dit voorstel is al beslist.');
  }
}

export class CandidateAlreadyPlacedError extends DomainError {
  constructor() {
    super('placements.candidate_placed', 'conflict', 'Deze kandidaat is al geplaatst en staat niet meer in de matchingpool.');
  }
}

/** A well-formed date a rule refuses (422), naming the field. */
export class PlacementDateRefusedError extends DomainError {
  constructor(field: string, message: string) {
    super('placements.date_refused', 'unprocessable', message, [{ field, message }]);
  }
}
