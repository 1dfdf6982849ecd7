import { SqlMigration } from './sql-migration';

/**
 * The nightly snapshot of the convenant's figures (SPEC §5): one row per day, written once and
 * never changed afterwards — a trigger refuses every UPDATE, DELETE and TRUNCATE. Plus the index
 * the funnel reads the stage history by.
 */
export class ReportSnapshots1765800000000 extends SqlMigration {
  name = 'ReportSnapshots1765800000000';

  protected readonly upSql = `
      CREATE TABLE report_snapshots (
        taken_on date PRIMARY KEY,
        kpis jsonb NOT NULL,
        funnel jsonb NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE FUNCTION report_snapshots_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'report snapshots are never changed' USING ERRCODE = 'restrict_violation';
      END
      $$;
      CREATE TRIGGER report_snapshots_insert_only BEFORE UPDATE OR DELETE ON report_snapshots
        FOR EACH ROW EXECUTE FUNCTION report_snapshots_refuse_change();
      CREATE TRIGGER report_snapshots_no_truncate BEFORE TRUNCATE ON report_snapshots
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_refuse_change();
  `;

  protected readonly downSql = `
      DROP TABLE report_snapshots;
      DROP FUNCTION report_snapshots_refuse_change();
  `;
}
