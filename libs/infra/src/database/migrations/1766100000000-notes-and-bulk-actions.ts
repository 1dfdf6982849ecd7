import { SqlMigration } from './sql-migration';

/**
 * Issue 16, items 1 and 3: notes and contact moments on a candidate (the author's organisation is
 * kept with the note, so who may read it is decided in SQL: the desk, and that organisation only),
 * and the rejections of a bulk action, whose mail waits a few hours so the desk can undo them.
 */
export class NotesAndBulkActions1766100000000 extends SqlMigration {
  name = 'NotesAndBulkActions1766100000000';

  protected readonly upSql = `
      CREATE TABLE candidate_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        kind text NOT NULL CHECK (kind IN ('note', 'phone_call', 'conversation', 'email', 'information_meeting')),
        note_date date NOT NULL,
        text text NOT NULL CHECK (char_length(text) <= 4000),
        author_id uuid NOT NULL REFERENCES users(id),
        -- The author's organisation when the note was written: 'desk' (staff and administrators),
        -- 'board' with the board's id, or 'coach' with the coach's own id.
        party_kind text NOT NULL CHECK (party_kind IN ('desk', 'board', 'coach')),
        party_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        -- Deleted by its author: the text is emptied, the row stays (the messages about it are found by its id at erasure).
        deleted_at timestamptz,
        -- R13: the text is emptied when the person is erased; kind and dates stay.
        erased_at timestamptz,
        CHECK ((party_kind = 'desk') = (party_id IS NULL))
      );
      CREATE INDEX candidate_notes_candidate_idx ON candidate_notes (candidate_id, note_date DESC, created_at DESC);

      CREATE TABLE candidate_bulk_rejections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL,
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        previous_stage text NOT NULL CHECK (previous_stage IN ('applied', 'screening')),
        -- The candidate's version right after the rejection: an undo reopens only what nobody changed since.
        rejected_version integer NOT NULL,
        rejected_by uuid NOT NULL REFERENCES users(id),
        rejected_at timestamptz NOT NULL,
        mail_due_at timestamptz NOT NULL,
        -- Set by the mail job as it starts (it then can no longer be undone), or by the undo (the mail is then skipped).
        mail_started_at timestamptz,
        undone_at timestamptz,
        undone_by uuid REFERENCES users(id),
        CHECK (mail_started_at IS NULL OR undone_at IS NULL)
      );
      CREATE INDEX candidate_bulk_rejections_batch_idx ON candidate_bulk_rejections (batch_id);
      CREATE INDEX candidate_bulk_rejections_candidate_idx ON candidate_bulk_rejections (candidate_id);
    `;

  protected readonly downSql = `
      DROP TABLE candidate_bulk_rejections, candidate_notes;
    `;
}
