import { Injectable } from '@nestjs/common';
import type { Role } from '@app/shared';
import { Database } from '@app/infra';

/** An open reset link (not used, not superseded, not expired) of an active user. */
export interface OpenPasswordReset {
  id: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  boardId: string | null;
  instituteId: string | null;
}

const OPEN_RESET = `SELECT r.id, r.user_id AS "userId", u.email, u.name, u.role, u.board_id AS "boardId", u.institute_id AS "instituteId"
  FROM password_resets r JOIN users u ON u.id = r.user_id
  WHERE r.used_at IS NULL AND r.superseded_at IS NULL AND r.expires_at > $2 AND u.active`;

/** All SQL of the "Wachtwoord vergeten" links (password_resets): only the hash of a link's token is kept. */
@Injectable()
export class PasswordResetRepository {
  constructor(private readonly database: Database) {}

  /** Links that expired before `before` (used, void or never opened alike); how many. */
  async deleteExpiredBefore(before: Date): Promise<number> {
    const rows = await this.database.query(`DELETE FROM password_resets WHERE expires_at < $1 RETURNING id`, [before]);
    return rows.length;
  }

  /** A new request makes the user's older links void. */
  async supersedeOpen(userId: string, at: Date): Promise<void> {
    await this.database.query(`UPDATE password_resets SET superseded_at = $2 WHERE user_id = $1 AND used_at IS NULL AND superseded_at IS NULL`, [userId, at]);
  }

  async insert(reset: { id: string; userId: string; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.database.query(`INSERT INTO password_resets (id, user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      reset.id,
      reset.userId,
      reset.tokenHash,
      reset.createdAt,
      reset.expiresAt,
    ]);
  }

  async openById(id: string, now: Date): Promise<OpenPasswordReset | null> {
    const [row] = await this.database.query<OpenPasswordReset>(`${OPEN_RESET} AND r.id = $1`, [id, now]);
    return row ?? null;
  }

  async openByTokenHash(tokenHash: string, now: Date): Promise<OpenPasswordReset | null> {
    const [row] = await this.database.query<OpenPasswordReset>(`${OPEN_RESET} AND r.token_hash = $1`, [tokenHash, now]);
    return row ?? null;
  }

  /** Compare-and-set: true when this call used the link, so a link works once even when sent twice at once. */
  async consume(id: string, at: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE password_resets SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND superseded_at IS NULL AND expires_at > $2 RETURNING id`,
      [id, at],
    );
    return rows.length > 0;
  }
}
