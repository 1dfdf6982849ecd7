import { Injectable } from '@nestjs/common';
import { Clock, isCentralDesk, type Actor } from '@app/shared';
import { CandidateReader } from '@app/candidates';
import { UserReader } from '@app/accounts';
import { editableUntil, isEditable } from '../domain/note.policy';
import { NotesRepository, type NoteRow } from '../persistence/notes.repository';
import { partyOf } from './note-party';
import type { NoteView } from './notes.views';

/**
 * The notes of a candidate within the reader's scope (R14: the candidate must be visible, else 404):
 * the desk reads every note, a board its own board's notes, a coach their own; the institute none.
 */
@Injectable()
export class NotesReader {
  constructor(
    private readonly notes: NotesRepository,
    private readonly candidates: CandidateReader,
    private readonly users: UserReader,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, candidateId: string): Promise<NoteView[]> {
    await this.candidates.assertVisible(actor, candidateId);
    const rows = await this.notes.list(candidateId, isCentralDesk(actor) ? { all: true } : { all: false, party: partyOf(actor) });
    return this.views(actor, rows);
  }

  async views(actor: Actor, rows: NoteRow[]): Promise<NoteView[]> {
    const names = new Map<string, string>();
    for (const authorId of new Set(rows.map((row) => row.authorId))) names.set(authorId, (await this.users.get(authorId)).name);
    const now = this.clock.now();
    return rows.map(({ partyKind: _kind, partyId: _id, ...row }) => ({
      ...row,
      authorName: names.get(row.authorId) ?? '',
      editableUntil: editableUntil(row.createdAt),
      editable: isEditable(row, actor.userId, now),
    }));
  }
}
