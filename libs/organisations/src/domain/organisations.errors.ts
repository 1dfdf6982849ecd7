import { DomainError, ValidationFailedError } from '@app/shared';

/** A board, school or institute with a name that is already taken. */
export class DuplicateOrganisationNameError extends ValidationFailedError {
  constructor() {
    super([{ field: 'name', message: 'Er bestaat al een organisatie met deze naam.' }]);
  }
}

/** A deactivated board or institute keeps its history but gets no new users (409). */
export class OrganisationInactiveError extends DomainError {
  constructor(kind: 'board' | 'institute') {
    const [field, what] = kind === 'board' ? ['boardId', 'Dit schoolbestuur'] : ['instituteId', 'Deze lerarenopleiding'];
    super('organisations.inactive', 'conflict', `${what} is gedeactiveerd en krijgt geen nieuwe gebruikers.`, [
      { field, message: `${what} is gedeactiveerd.` },
    ]);
  }
}
