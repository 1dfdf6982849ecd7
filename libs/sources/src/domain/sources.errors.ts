import { DomainError, ValidationFailedError } from '@app/shared';

/** A code or label another source has (a code is kept for good: a source is retired, never deleted). */
export class DuplicateSourceError extends ValidationFailedError {
  constructor(field: 'code' | 'label') {
    super([{ field, message: field === 'code' ? 'Er bestaat al een bron met deze code.' : 'Er bestaat al een bron met deze omschrijving.' }]);
  }
}

/** The source named in the form is not on the list, or retired: 400 naming the field. */
export class UnknownSourceError extends DomainError {
  constructor(field: string, offered: readonly string[]) {
    const message = `Hoe ken je Flevowijs? bevat een onbekende bron; kies een van: ${offered.join(', ')}.`;
    super('sources.unknown', 'invalid', message, [{ field, message }]);
  }
}

/** A free text for a source that does not ask for one (only "anders" does). */
export class SourceDetailNotAskedError extends DomainError {
  constructor(field: string) {
    const message = 'Toelichting op hoe je Flevowijs kent hoort alleen bij de keuze "Anders".';
    super('sources.detail_not_asked', 'invalid', message, [{ field, message }]);
  }
}
