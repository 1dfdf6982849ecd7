import { SqlMigration } from './sql-migration';

/**
 * The outbox row decides, for as long as it takes: its state (pending, done, dead), when it is
 * tried next and why the last try failed (an error code, never message text with personal data:
 * the old free-text `last_error`, which could quote a relay's refusal of an address, goes).
 */
export class OutboxDurability1764300000000 extends SqlMigration {
  name = 'OutboxDurability1764300000000';

  protected readonly upSql = `
      ALTER TABLE outbox_jobs
        ADD COLUMN status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
        ADD COLUMN next_attempt_at timestamptz,
        ADD COLUMN last_error_code text,
        ADD COLUMN dead_at timestamptz,
        DROP COLUMN last_error;
      UPDATE outbox_jobs SET status = 'done' WHERE completed_at IS NOT NULL;
      UPDATE outbox_jobs SET next_attempt_at = run_at;
      ALTER TABLE outbox_jobs ALTER COLUMN next_attempt_at SET NOT NULL;
      DROP INDEX outbox_jobs_pending_idx;
      CREATE INDEX outbox_jobs_due_idx ON outbox_jobs (next_attempt_at) WHERE status = 'pending';
      CREATE INDEX outbox_jobs_dead_idx ON outbox_jobs (dead_at DESC) WHERE status = 'dead';
  `;

  protected readonly downSql = `
      DROP INDEX outbox_jobs_dead_idx;
      DROP INDEX outbox_jobs_due_idx;
      CREATE INDEX outbox_jobs_pending_idx ON outbox_jobs (run_at) WHERE completed_at IS NULL;
      ALTER TABLE outbox_jobs ADD COLUMN last_error text, DROP COLUMN dead_at, DROP COLUMN last_error_code, DROP COLUMN next_attempt_at, DROP COLUMN status;
  `;
}
