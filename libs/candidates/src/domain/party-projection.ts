import type { Actor } from '@app/shared';

/**
 * What a party outside the central desk (a board, an institute, a coach) reads of a candidate: a
 * projection of the desk's view, written once for detail, history and list (R14; OWASP API3:2023).
 * A party never reads the desk's reasons for closing a path (they may quote another board's advice
 * or an institute's motivation), nor who of another party did what, nor a link to a dossier it may
 * not open.
 */

/** A stage history entry with who made it, as the desk sees it. */
export interface HistoryFacts {
  actorId: string | null;
  actorName: string | null;
  reason: string | null;
  /** The actor's role and organisation, to tell the reader's own party from others. */
  actorRole: string | null;
  actorBoardId: string | null;
  actorInstituteId: string | null;
}

const PARTY_ROLES = new Set(['board', 'institute', 'coach']);

function isOwnParty(reader: Actor, entry: HistoryFacts): boolean {
  if (entry.actorId !== null && entry.actorId === reader.userId) return true;
  if (reader.role === 'board') return entry.actorRole === 'board' && entry.actorBoardId === reader.boardId;
  if (reader.role === 'institute') return entry.actorRole === 'institute' && entry.actorInstituteId === reader.instituteId;
  return false;
}

/**
 * The history a party reads: entries made by another party are left out; the rest lose their
 * reasons, and name only actors of the reader's own party (the desk's and the system's entries
 * show the stage change alone).
 */
export function historyForParty<T extends HistoryFacts>(reader: Actor, entries: readonly T[]): T[] {
  return entries.flatMap((entry) => {
    const own = isOwnParty(reader, entry);
    if (!own && entry.actorRole !== null && PARTY_ROLES.has(entry.actorRole)) return [];
    return [{ ...entry, reason: null, actorId: own ? entry.actorId : null, actorName: own ? entry.actorName : null }];
  });
}

/** The detail a party reads: no closing reason nor the applicant's own words on the source, and the earlier dossier only when the party may open it. */
export function detailForParty<T extends { closingReason: string | null; previousCandidateId: string | null; sourceDetail?: string | null }>(
  detail: T,
  previousVisible: boolean,
): T {
  const projected = { ...detail, closingReason: null, previousCandidateId: previousVisible ? detail.previousCandidateId : null };
  return 'sourceDetail' in detail ? { ...projected, sourceDetail: null } : projected;
}
