import { SqlMigration } from './sql-migration';

/** Selection interviews, their panels and the boards' advice. */
export class Selection1764100000000 extends SqlMigration {
  name = 'Selection1764100000000';

  protected readonly upSql = `
      CREATE TABLE selection_interviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'completed')),
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
        location text NOT NULL CHECK (length(location) BETWEEN 1 AND 200),
        -- iCalendar SEQUENCE: raised by every reschedule and by the cancellation.
        sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        outcome text CHECK (outcome IN ('positive', 'negative')),
        outcome_motivation text,
        outcome_recorded_at timestamptz,
        outcome_recorded_by uuid REFERENCES users(id),
        cancelled_at timestamptz,
        cancellation_reason text,
        -- The reminder already claimed by the sweep (local date and sequence), so it is queued once.
        reminder_due_key text,
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'completed') = (outcome IS NOT NULL)),
        CHECK (outcome IS NULL OR (outcome_motivation IS NOT NULL AND outcome_recorded_at IS NOT NULL)),
        CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
        CHECK (cancelled_at IS NULL OR cancellation_reason IS NOT NULL)
      );
      -- R5: at most one planned interview per candidate, also under concurrent requests.
      CREATE UNIQUE INDEX selection_interviews_one_scheduled_key ON selection_interviews (candidate_id) WHERE status = 'scheduled';
      CREATE INDEX selection_interviews_candidate_idx ON selection_interviews (candidate_id, starts_at);
      CREATE INDEX selection_interviews_scheduled_start_idx ON selection_interviews (starts_at) WHERE status = 'scheduled';

      CREATE TABLE selection_interview_staff (
        interview_id uuid NOT NULL REFERENCES selection_interviews(id),
        user_id uuid NOT NULL REFERENCES users(id),
        PRIMARY KEY (interview_id, user_id)
      );

      CREATE TABLE selection_interview_boards (
        interview_id uuid NOT NULL REFERENCES selection_interviews(id),
        board_id uuid NOT NULL REFERENCES boards(id),
        representative_user_id uuid NOT NULL REFERENCES users(id),
        advice text CHECK (advice IN ('positive', 'negative')),
        would_employ boolean,
        motivation text,
        recorded_at timestamptz,
        recorded_by uuid REFERENCES users(id),
        PRIMARY KEY (interview_id, board_id),
        CHECK ((advice IS NULL) = (would_employ IS NULL) AND (advice IS NULL) = (motivation IS NULL)
          AND (advice IS NULL) = (recorded_at IS NULL))
      );
      CREATE INDEX selection_interview_boards_board_idx ON selection_interview_boards (board_id, interview_id);

      -- Who was taken off the panel by which version, so the cancellation job can tell them.
      CREATE TABLE selection_interview_removals (
        interview_id uuid NOT NULL REFERENCES selection_interviews(id),
        sequence integer NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        PRIMARY KEY (interview_id, sequence, user_id)
      );
    `;

  protected readonly downSql = `DROP TABLE selection_interview_removals, selection_interview_boards, selection_interview_staff, selection_interviews`;
}
