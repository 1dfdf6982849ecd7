import { SqlMigration } from './sql-migration';

/**
 * The pipeline's search finds a candidate by reference too (`ZI-2026-00301`, or part of it), and
 * its substring search (`LIKE '%…%'`) gets a trigram index; the list sorts by name and by time
 * in the stage, each with an index in its keyset order.
 */
export class CandidateSearch1764600000000 extends SqlMigration {
  name = 'CandidateSearch1764600000000';

  protected readonly upSql = `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      ALTER TABLE candidates DROP COLUMN search_text;
      ALTER TABLE candidates ADD COLUMN search_text text
        GENERATED ALWAYS AS (lower(reference || ' ' || first_name || ' ' || last_name || ' ' || email)) STORED;
      CREATE INDEX candidates_search_trigram_idx ON candidates USING gin (search_text gin_trgm_ops);
      ALTER TABLE candidates ADD COLUMN name_key text GENERATED ALWAYS AS (lower(last_name || ' ' || first_name)) STORED;
      CREATE INDEX candidates_name_idx ON candidates (name_key, id);
      CREATE INDEX candidates_stage_changed_idx ON candidates (stage_changed_at, id);
  `;

  protected readonly downSql = `
      DROP INDEX candidates_stage_changed_idx;
      DROP INDEX candidates_name_idx;
      ALTER TABLE candidates DROP COLUMN name_key;
      DROP INDEX candidates_search_trigram_idx;
      ALTER TABLE candidates DROP COLUMN search_text;
      ALTER TABLE candidates ADD COLUMN search_text text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name || ' ' || email)) STORED;
  `;
}
