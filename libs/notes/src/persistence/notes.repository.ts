import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { NoteKind, NoteParty } from '../domain/note.policy';

export interface NoteRow {
  id: string;
  candidateId: string;
  kind: NoteKind;
  date: string;
  text: string;
  authorId: string;
  partyKind: NoteParty['kind'];
  partyId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewNote {
  candidateId: string;
  kind: NoteKind;
  date: string;
  text: string;
  authorId: string;
  party: NoteParty;
  at: Date;
}

/** Which notes a reader sees: all (the desk), or those written by one organisation. */
export type NoteScope = { all: true } | { all: false; party: NoteParty | null };

const COLUMNS = `id, candidate_id AS "candidateId", kind, to_char(note_date, 'YYYY-MM-DD') AS date, text, author_id AS "authorId",
  party_kind AS "partyKind", party_id AS "partyId", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** All SQL of notes and contact moments. Deleted notes keep their row, without text. */
@Injectable()
export class NotesRepository {
  constructor(private readonly database: Database) {}

  async insert(note: NewNote): Promise<string> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO candidate_notes (candidate_id, kind, note_date, text, author_id, party_kind, party_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [note.candidateId, note.kind, note.date, note.text, note.authorId, note.party.kind, note.party.id, note.at],
    );
    return row.id;
  }

  /** The candidate's notes the scope shows, newest date first. */
  list(candidateId: string, scope: NoteScope): Promise<NoteRow[]> {
    const party = scope.all ? null : scope.party;
    if (!scope.all && party === null) return Promise.resolve([]);
    return this.database.query<NoteRow>(
      `SELECT ${COLUMNS} FROM candidate_notes
       WHERE candidate_id = $1 AND deleted_at IS NULL
         AND ($2::boolean OR (party_kind = $3 AND party_id = $4::uuid))
       ORDER BY note_date DESC, created_at DESC, id DESC`,
      [candidateId, scope.all, party?.kind ?? null, party?.id ?? null],
    );
  }

  /** The note when it belongs to the candidate and is not deleted; for a command, locked. */
  async find(candidateId: string, id: string, lock: boolean): Promise<NoteRow | null> {
    const [row] = await this.database.query<NoteRow>(
      `SELECT ${COLUMNS} FROM candidate_notes WHERE id = $1 AND candidate_id = $2 AND deleted_at IS NULL ${lock ? 'FOR UPDATE' : ''}`,
      [id, candidateId],
    );
    return row ?? null;
  }

  /** For the mention job: the note as it is now, unless deleted or erased. */
  async current(id: string): Promise<NoteRow | null> {
    const [row] = await this.database.query<NoteRow>(`SELECT ${COLUMNS} FROM candidate_notes WHERE id = $1 AND deleted_at IS NULL AND erased_at IS NULL`, [id]);
    return row ?? null;
  }

  async update(id: string, changes: { kind: NoteKind; date: string; text: string; at: Date }): Promise<void> {
    await this.database.query(`UPDATE candidate_notes SET kind = $2, note_date = $3, text = $4, updated_at = $5 WHERE id = $1`, [
      id,
      changes.kind,
      changes.date,
      changes.text,
      changes.at,
    ]);
  }

  async delete(id: string, at: Date): Promise<void> {
    await this.database.query(`UPDATE candidate_notes SET text = '', deleted_at = $2, updated_at = $2 WHERE id = $1`, [id, at]);
  }

  /** R13: empties the text of the candidate's notes; returns the notes it changed. */
  async erase(candidateId: string, at: Date): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `UPDATE candidate_notes SET text = '', erased_at = $2 WHERE candidate_id = $1 AND erased_at IS NULL RETURNING id`,
      [candidateId, at],
    );
    return rows.map((row) => row.id);
  }

  /** Every note about the candidate as kept (deleted ones without text), oldest first: for the inspection export. */
  held(candidateId: string): Promise<(NoteRow & { deletedAt: Date | null; erasedAt: Date | null })[]> {
    return this.database.query<NoteRow & { deletedAt: Date | null; erasedAt: Date | null }>(
      `SELECT ${COLUMNS}, deleted_at AS "deletedAt", erased_at AS "erasedAt" FROM candidate_notes WHERE candidate_id = $1 ORDER BY created_at, id`,
      [candidateId],
    );
  }

  /** Every note ever written about the candidate, deleted ones too: the subjects of the messages about them. */
  async idsOf(candidateId: string): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(`SELECT id FROM candidate_notes WHERE candidate_id = $1`, [candidateId]);
    return rows.map((row) => row.id);
  }
}
