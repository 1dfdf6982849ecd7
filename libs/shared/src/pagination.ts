import { ValidationFailedError } from './domain-error';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Keyset position: the sort key of the last row seen and its id as tie-breaker. */
export interface KeysetPosition {
  sortKey: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return { sortKey: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the refusal below
  }
  throw new ValidationFailedError([{ field: 'cursor', message: 'Vervolgpagina is ongeldig; vraag de lijst opnieuw op vanaf de eerste pagina.' }]);
}
