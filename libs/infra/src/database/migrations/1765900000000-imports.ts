import { SqlMigration } from './sql-migration';

/**
 * Issue 15: imports of history. An upload with its dry run (counts and problems) and its commit's
 * progress; per imported person the fingerprints of the rows an import wrote (a later import of the
 * same rows changes nothing). Imported history may hold more supernumerary placements than a board
 * declared in a past school year (§5 capacity `over`): `over_by_history` records how many, and only
 * the import raises it; the product's own placements still stop at the declared places.
 */
export class Imports1765900000000 extends SqlMigration {
  name = 'Imports1765900000000';

  protected readonly upSql = `
      CREATE TABLE imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL CHECK (char_length(file_name) <= 255),
        file_kind text NOT NULL CHECK (file_kind IN ('xlsx', 'csv')),
        size_bytes integer NOT NULL,
        -- The upload in the store until its commit (or until it is discarded); NULL once removed.
        storage_key text UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('checked', 'refused', 'queued', 'committed', 'failed')),
        counts jsonb NOT NULL,
        problems jsonb NOT NULL,
        error_count integer NOT NULL,
        warning_count integer NOT NULL,
        rows_total integer NOT NULL DEFAULT 0,
        rows_done integer NOT NULL DEFAULT 0,
        committed_by uuid REFERENCES users(id),
        commit_requested_at timestamptz,
        committed_at timestamptz,
        failure text,
        version integer NOT NULL DEFAULT 1,
        CHECK (rows_done <= rows_total),
        CHECK ((status = 'committed') = (committed_at IS NOT NULL))
      );
      CREATE INDEX imports_uploaded_idx ON imports (uploaded_at DESC, id DESC);

      CREATE TABLE import_people (
        reference text PRIMARY KEY,
        candidate_id uuid NOT NULL UNIQUE REFERENCES candidates(id),
        fingerprints jsonb NOT NULL,
        import_id uuid NOT NULL REFERENCES imports(id),
        updated_at timestamptz NOT NULL
      );

      ALTER TABLE board_capacity ADD COLUMN over_by_history integer NOT NULL DEFAULT 0 CHECK (over_by_history >= 0);
      ALTER TABLE board_capacity DROP CONSTRAINT board_capacity_within_places;
      ALTER TABLE board_capacity ADD CONSTRAINT board_capacity_within_places CHECK (used <= places + over_by_history);
  `;

  protected readonly downSql = `
      ALTER TABLE board_capacity DROP CONSTRAINT board_capacity_within_places;
      ALTER TABLE board_capacity ADD CONSTRAINT board_capacity_within_places CHECK (used <= places);
      ALTER TABLE board_capacity DROP COLUMN over_by_history;
      DROP TABLE import_people, imports;
  `;
}
