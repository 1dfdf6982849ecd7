import { SqlMigration } from './sql-migration';

/**
 * Issue 11, item 8. `password_resets`: the one-time links of "Wachtwoord vergeten", by the hash of
 * their token only (the token itself is in the mail, never in the database); a link is used once,
 * expires, and a newer request supersedes it. `login_address_failures`: failed logins per client
 * address (keyed by a hash of the address) within a window, UNLOGGED like login_throttles: losing
 * them in a crash only forgets a limit.
 */
export class PasswordReset1764900000000 extends SqlMigration {
  name = 'PasswordReset1764900000000';

  protected readonly upSql = `
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        superseded_at timestamptz,
        CHECK (expires_at > created_at)
      );
      CREATE INDEX password_resets_open_idx ON password_resets (user_id) WHERE used_at IS NULL AND superseded_at IS NULL;

      CREATE UNLOGGED TABLE login_address_failures (
        address text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures >= 0),
        window_ends_at timestamptz NOT NULL
      );
  `;

  protected readonly downSql = `
      DROP TABLE login_address_failures;
      DROP TABLE password_resets;
  `;
}
