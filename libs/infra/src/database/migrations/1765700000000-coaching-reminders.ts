import { SqlMigration } from './sql-migration';

/**
 * Issue 13: the coaching reminders (R12) and the erasure of coaching notes (R13).
 *
 * - `coach_assignments.quiet_since`: the day from which "no coaching session for 28 days" counts for
 *   the current coach — the later of the assignment's first day, the day it was made and the
 *   programme's last session. Kept by the coaching module's writes, so the sweep reads the gaps
 *   that reach 28 days through a partial index instead of summing every programme's sessions.
 * - `coaching_reminders`: the claim per (programme, kind, due key) the sweep writes with its outbox
 *   job, so a second run or a restarted worker queues nothing twice.
 * - `coaching_norm_watch`: per programme and study year whether it was behind the pro-rata norm at
 *   its last monthly check, and how often it crossed: staff are told once per crossing.
 * - The at-risk note may be emptied by an erasure (the level and the date stay).
 */
export class CoachingReminders1765700000000 extends SqlMigration {
  name = 'CoachingReminders1765700000000';

  protected readonly upSql = `
      ALTER TABLE coach_assignments ADD COLUMN quiet_since date;
      UPDATE coach_assignments a SET quiet_since = greatest(a.from_date, (a.assigned_at AT TIME ZONE 'Europe/Amsterdam')::date,
        (SELECT max(s.date) FROM coaching_sessions s WHERE s.programme_id = a.programme_id));
      ALTER TABLE coach_assignments ALTER COLUMN quiet_since SET NOT NULL;
      CREATE INDEX coach_assignments_quiet_idx ON coach_assignments (quiet_since) WHERE ended_at IS NULL;

      CREATE TABLE coaching_reminders (
        programme_id uuid NOT NULL REFERENCES programmes(id),
        kind text NOT NULL CHECK (kind IN ('no_session')),
        due_key text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (programme_id, kind, due_key)
      );

      CREATE TABLE coaching_norm_watch (
        programme_id uuid NOT NULL REFERENCES programmes(id),
        study_year integer NOT NULL CHECK (study_year BETWEEN 1 AND 2),
        behind boolean NOT NULL,
        crossings integer NOT NULL DEFAULT 0 CHECK (crossings >= 0),
        -- The monthly check this state is from: an older check never overrides a newer one.
        checked_on date NOT NULL,
        PRIMARY KEY (programme_id, study_year)
      );

      -- The norm sweep reads the running programmes at a monthly check by their start.
      CREATE INDEX programmes_running_start_idx ON programmes (start_date) WHERE status = 'running';

      ALTER TABLE programme_risk_flags DROP CONSTRAINT programme_risk_flags_note_check;
      ALTER TABLE programme_risk_flags ADD CONSTRAINT programme_risk_flags_note_check CHECK (char_length(note) <= 300);
    `;

  protected readonly downSql = `
      ALTER TABLE programme_risk_flags DROP CONSTRAINT programme_risk_flags_note_check;
      ALTER TABLE programme_risk_flags ADD CONSTRAINT programme_risk_flags_note_check CHECK (char_length(note) BETWEEN 1 AND 300);
      DROP INDEX programmes_running_start_idx;
      DROP TABLE coaching_norm_watch, coaching_reminders;
      DROP INDEX coach_assignments_quiet_idx;
      ALTER TABLE coach_assignments DROP COLUMN quiet_since;
    `;
}
