import { SqlMigration } from './sql-migration';

/**
 * Login hardening (issue 10, item 4). `login_throttles`: failed-login counters per account (keyed by
 * a hash of the e-mail address, known or not), UNLOGGED like rate_limits: losing them in a crash only
 * forgets delays. Sessions get a purpose (a full session, an enrolment-only session for a user who
 * must set up two-step verification, or the short challenge between password and code), the moment
 * of last use (inactivity timeout) and the user agent. Users get their TOTP secret (AES-GCM
 * encrypted), the last time step used (replay refused) and single-use recovery codes, hashed.
 */
export class LoginSecurity1764500000000 extends SqlMigration {
  name = 'LoginSecurity1764500000000';

  protected readonly upSql = `
      CREATE UNLOGGED TABLE login_throttles (
        account text PRIMARY KEY,
        attempts integer NOT NULL,
        last_attempt_at timestamptz NOT NULL,
        blocked_until timestamptz
      );

      ALTER TABLE sessions
        ADD COLUMN purpose text NOT NULL DEFAULT 'full' CHECK (purpose IN ('full', 'enrolment', 'challenge')),
        ADD COLUMN last_seen_at timestamptz,
        ADD COLUMN user_agent text CHECK (length(user_agent) <= 300);
      UPDATE sessions SET last_seen_at = created_at;
      ALTER TABLE sessions ALTER COLUMN last_seen_at SET NOT NULL;

      ALTER TABLE users
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_time_step bigint,
        ADD CONSTRAINT users_totp_check CHECK ((totp_secret IS NULL) = (totp_enabled_at IS NULL));

      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        code_hash text NOT NULL,
        used_at timestamptz,
        UNIQUE (user_id, code_hash)
      );
  `;

  protected readonly downSql = `
      DROP TABLE recovery_codes;
      ALTER TABLE users DROP CONSTRAINT users_totp_check, DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret,
        DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_time_step;
      DELETE FROM sessions WHERE purpose <> 'full';
      ALTER TABLE sessions DROP COLUMN purpose, DROP COLUMN last_seen_at, DROP COLUMN user_agent;
      DROP TABLE login_throttles;
  `;
}
