import type { Actor } from '@app/shared';
import type { NoteParty } from '../domain/note.policy';

/** The organisation a note by this actor belongs to; null for whoever writes no notes (the institute). */
export function partyOf(actor: Actor): NoteParty | null {
  if (actor.role === 'staff' || actor.role === 'admin') return { kind: 'desk', id: null };
  if (actor.role === 'board' && actor.boardId) return { kind: 'board', id: actor.boardId };
  if (actor.role === 'coach' && actor.userId) return { kind: 'coach', id: actor.userId };
  return null;
}
