import { ValidationFailedError } from '@app/shared';

/** A board, school or institute with a name that is already taken. */
export class DuplicateOrganisationNameError extends ValidationFailedError {
  constructor() {
    super([{ field: 'name', message: 'Er bestaat al een organisatie met deze naam.' }]);
  }
}
