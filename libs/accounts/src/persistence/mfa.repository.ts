import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

export interface TotpState {
  /** Sealed (secret-box.ts); null while two-step verification is off. */
  secret: string | null;
  pendingSecret: string | null;
  lastTimeStep: number | null;
}

/** All SQL of two-step verification: the TOTP columns of users and the recovery codes. */
@Injectable()
export class MfaRepository {
  constructor(private readonly database: Database) {}

  async state(userId: string): Promise<TotpState | null> {
    const [row] = await this.database.query<TotpState>(
      `SELECT totp_secret AS secret, totp_pending_secret AS "pendingSecret", totp_last_time_step::float8 AS "lastTimeStep" FROM users WHERE id = $1`,
      [userId],
    );
    return row ?? null;
  }

  async setPending(userId: string, sealedSecret: string): Promise<void> {
    await this.database.query(`UPDATE users SET totp_pending_secret = $2 WHERE id = $1`, [userId, sealedSecret]);
  }

  /** Compare-and-set: turns on the pending secret the code was checked against; false when it changed meanwhile. */
  async enable(userId: string, sealedSecret: string, timeStep: number, at: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = $3, totp_last_time_step = $4, updated_at = $3
       WHERE id = $1 AND totp_pending_secret = $2 AND totp_secret IS NULL RETURNING id`,
      [userId, sealedSecret, at, timeStep],
    );
    return rows.length > 0;
  }

  /** Compare-and-set on the last time step used: a code is accepted once, and never one older than the last. */
  async useTimeStep(userId: string, timeStep: number): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE users SET totp_last_time_step = $2 WHERE id = $1 AND totp_secret IS NOT NULL
         AND (totp_last_time_step IS NULL OR totp_last_time_step < $2) RETURNING id`,
      [userId, timeStep],
    );
    return rows.length > 0;
  }

  /** Turns two-step verification off and drops the recovery codes; false when it was not on. */
  async disable(userId: string, at: Date): Promise<boolean> {
    await this.database.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    const rows = await this.database.query(
      `UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_time_step = NULL, updated_at = $2
       WHERE id = $1 AND (totp_secret IS NOT NULL OR totp_pending_secret IS NOT NULL) RETURNING id`,
      [userId, at],
    );
    return rows.length > 0;
  }

  async replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<void> {
    await this.database.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    await this.database.query(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [userId, codeHashes]);
  }

  /** Compare-and-set: true when this call used the code. */
  async useRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean> {
    const rows = await this.database.query(`UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`, [
      userId,
      codeHash,
      at,
    ]);
    return rows.length > 0;
  }

  async unusedRecoveryCodes(userId: string): Promise<number> {
    const [row] = await this.database.query<{ count: number }>(`SELECT count(*)::int AS count FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [
      userId,
    ]);
    return row.count;
  }
}
