import { SqlMigration } from './sql-migration';

/**
 * Issue 16, item 6: the candidate's own page. A sign-in link is asked by mail and works once for
 * 30 minutes; only the hash of its token is kept (as for password resets). It starts a candidate
 * session of its own, apart from staff sessions, again kept as a hash only.
 */
export class CandidatePortal1766220000000 extends SqlMigration {
  name = 'CandidatePortal1766220000000';

  protected readonly upSql = `
      CREATE TABLE candidate_sign_in_links (
        id uuid PRIMARY KEY,
        candidate_id uuid NOT NULL REFERENCES candidates (id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        superseded_at timestamptz
      );
      CREATE INDEX candidate_sign_in_links_open_idx ON candidate_sign_in_links (candidate_id) WHERE used_at IS NULL AND superseded_at IS NULL;

      CREATE TABLE candidate_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      );
      CREATE INDEX candidate_sessions_candidate_idx ON candidate_sessions (candidate_id) WHERE ended_at IS NULL;
  `;

  protected readonly downSql = `
      DROP TABLE candidate_sessions, candidate_sign_in_links;
  `;
}
