import { Injectable } from '@nestjs/common';
import type { Role } from '@app/shared';
import { Database } from '@app/infra';
import { SESSION_REVOKED_CHANNEL, type RevocationTarget } from './session-cache';

export interface PrincipalRow {
  sessionId: string;
  userId: string;
  role: Role;
  email: string;
  name: string;
  boardId: string | null;
  instituteId: string | null;
}

const PRINCIPAL_COLUMNS = `s.id AS "sessionId", u.id AS "userId", u.role, u.email, u.name,
  u.board_id AS "boardId", u.institute_id AS "instituteId"`;

/** All SQL of sessions. */
@Injectable()
export class SessionRepository {
  constructor(private readonly database: Database) {}

  async insert(tokenHash: string, userId: string, createdAt: Date, expiresAt: Date): Promise<string> {
    const [session] = await this.database.query<{ id: string }>(
      `INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [tokenHash, userId, createdAt, expiresAt],
    );
    return session.id;
  }

  async principal(sessionId: string): Promise<PrincipalRow> {
    const [row] = await this.database.query<PrincipalRow>(`SELECT ${PRINCIPAL_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`, [
      sessionId,
    ]);
    return row;
  }

  /** The principal of a valid session (not revoked, not expired, user active), with its expiry. */
  async valid(tokenHash: string, now: Date): Promise<(PrincipalRow & { expiresAt: Date }) | null> {
    const [row] = await this.database.query<PrincipalRow & { expiresAt: Date }>(
      `SELECT ${PRINCIPAL_COLUMNS}, s.expires_at AS "expiresAt" FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active`,
      [tokenHash, now],
    );
    return row ?? null;
  }

  async revoke(sessionId: string, at: Date): Promise<void> {
    await this.database.query(`UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, at]);
  }

  async revokeAllOf(userId: string, at: Date): Promise<void> {
    await this.database.query(`UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, at]);
  }

  /** Delivered to every listening process when the running transaction commits. */
  async announceRevocation(target: RevocationTarget): Promise<void> {
    await this.database.query(`SELECT pg_notify($1, $2)`, [SESSION_REVOKED_CHANNEL, JSON.stringify(target)]);
  }
}
