import { SqlMigration } from './sql-migration';

/**
 * R12 reminders (issue 13, items 5, 6, 7, 10). Each sweep claims a reminder per subject and due
 * moment in a table of its module before it queues the mail, so a second run queues nothing again;
 * the selections read the programmes and placements through partial indexes on the dates they
 * compare, so a sweep's time grows with what is due, not with all programmes. The uitval watch
 * keeps per cohort whether its rate reached the threshold at the last run, and how often it crossed.
 * Notifications get a read mark for the page "Meldingen".
 */
export class Reminders1765600000000 extends SqlMigration {
  name = 'Reminders1765600000000';

  protected readonly upSql = `
      CREATE TABLE programme_reminders (
        programme_id uuid NOT NULL REFERENCES programmes(id),
        kind text NOT NULL CHECK (kind IN ('end_in_6_months', 'end_in_3_months', 'end_in_1_month', 'past_end', 'survey_end_of_year_1')),
        due_key text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (programme_id, kind, due_key)
      );

      CREATE TABLE placement_reminders (
        placement_id uuid NOT NULL REFERENCES placements(id),
        kind text NOT NULL CHECK (kind IN ('soft_landing_ends')),
        due_key text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (placement_id, kind, due_key)
      );

      CREATE TABLE uitval_alerts (
        cohort text PRIMARY KEY CHECK (cohort ~ '^[0-9]{4}-[0-9]{4}$'),
        -- The subject of the alert's notifications.
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        reached boolean NOT NULL,
        crossings integer NOT NULL DEFAULT 0 CHECK (crossings >= 0),
        -- The figures at the last crossing, for the alert's text.
        rate numeric(4,1),
        uitval integer,
        started integer,
        updated_at timestamptz NOT NULL
      );

      -- The survey sweep reads the programmes whose study year 1 ended lately.
      CREATE INDEX programmes_start_date_idx ON programmes (start_date);
      -- The retention sweep reads the ended programmes by their end (R13).
      CREATE INDEX programmes_ended_idx ON programmes (ended_on) WHERE status <> 'running';
      -- The soft-landing sweep reads the active placements whose soft landing ends soon.
      CREATE INDEX placements_active_start_idx ON placements (start_date) WHERE status = 'active';

      ALTER TABLE notifications ADD COLUMN read_at timestamptz;
      CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id) WHERE user_id IS NOT NULL;
      CREATE INDEX notifications_user_unread_idx ON notifications (user_id) WHERE read_at IS NULL AND user_id IS NOT NULL;
    `;

  protected readonly downSql = `
      DROP INDEX programmes_ended_idx, notifications_user_unread_idx, notifications_user_idx, placements_active_start_idx, programmes_start_date_idx;
      ALTER TABLE notifications DROP COLUMN read_at;
      DROP TABLE uitval_alerts, placement_reminders, programme_reminders;
    `;
}
