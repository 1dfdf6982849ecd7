import { DomainError } from '@app/shared';
import { NOTE_EDIT_HOURS } from './note.policy';

/** Someone other than the author tried to change or delete a note they can read (403). */
export class NotNoteAuthorError extends DomainError {
  constructor() {
    super('notes.not_author', 'forbidden', 'Alleen wie de notitie schreef kan haar wijzigen of verwijderen.');
  }
}

/** The author's 24 hours to change or delete the note have passed (409). */
export class NoteLockedError extends DomainError {
  constructor() {
    super(
      'notes.locked',
      'conflict',
      `Deze notitie kan niet meer worden gewijzigd of verwijderd: dat kan tot ${NOTE_EDIT_HOURS} uur na het schrijven. Schrijf zo nodig een nieuwe notitie.`,
    );
  }
}

/** A contact moment dated after today (422). */
export class NoteDateInFutureError extends DomainError {
  constructor() {
    const message = 'Datum mag niet in de toekomst liggen.';
    super('notes.date_in_future', 'unprocessable', message, [{ field: 'date', message }]);
  }
}
