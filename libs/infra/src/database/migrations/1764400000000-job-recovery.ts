import { SqlMigration } from './sql-migration';

/**
 * Recovery after faults. `sweep_runs`: when each sweep last started, by the scheduler's time, so a
 * sweep whose due time fell in a gap of the queue (Redis lost its schedules) runs once when the
 * queue is back. A notification the relay refused for its recipient for good is `refused` (with
 * the relay's code, never its text): it is not tried again and does not hold up other recipients.
 */
export class JobRecovery1764400000000 extends SqlMigration {
  name = 'JobRecovery1764400000000';

  protected readonly upSql = `
      CREATE TABLE sweep_runs (
        name text PRIMARY KEY,
        last_started_at timestamptz NOT NULL
      );
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_status_check,
        ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'refused')),
        ADD COLUMN error_code text;
  `;

  protected readonly downSql = `
      DELETE FROM notifications WHERE status = 'refused';
      ALTER TABLE notifications
        DROP COLUMN error_code,
        DROP CONSTRAINT notifications_status_check,
        ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent'));
      DROP TABLE sweep_runs;
  `;
}
