import { SqlMigration } from './sql-migration';

/**
 * The audit page filters by the acting user and by period, newest first (keyset on the id): an
 * index per filter in that order, so a filtered page reads only its own rows.
 */
export class AuditFilters1764800000000 extends SqlMigration {
  name = 'AuditFilters1764800000000';

  protected readonly upSql = `
      CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id DESC);
      CREATE INDEX audit_log_at_idx ON audit_log (at, id DESC);
  `;

  protected readonly downSql = `
      DROP INDEX audit_log_at_idx;
      DROP INDEX audit_log_actor_idx;
  `;
}
