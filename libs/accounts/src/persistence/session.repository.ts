import { Injectable } from '@nestjs/common';
import type { Role } from '@app/shared';
import { Database } from '@app/infra';
import { SESSION_REVOKED_CHANNEL, type RevocationTarget } from './session-cache';

export type SessionPurpose = 'full' | 'enrolment' | 'challenge';

export interface PrincipalRow {
  sessionId: string;
  /** An enrolment-only session opens the two-step enrolment routes alone. */
  enrolmentOnly: boolean;
  userId: string;
  role: Role;
  email: string;
  name: string;
  boardId: string | null;
  instituteId: string | null;
}

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
}

const PRINCIPAL_COLUMNS = `s.id AS "sessionId", s.purpose = 'enrolment' AS "enrolmentOnly", u.id AS "userId", u.role, u.email, u.name,
  u.board_id AS "boardId", u.institute_id AS "instituteId"`;

/** All SQL of sessions. */
@Injectable()
export class SessionRepository {
  constructor(private readonly database: Database) {}

  async insert(
    session: { tokenHash: string; userId: string; purpose: SessionPurpose; userAgent: string | null },
    createdAt: Date,
    expiresAt: Date,
  ): Promise<string> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO sessions (token_hash, user_id, purpose, user_agent, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id`,
      [session.tokenHash, session.userId, session.purpose, session.userAgent?.slice(0, 300) ?? null, createdAt, expiresAt],
    );
    return row.id;
  }

  /** The user of a valid login challenge (the step between password and one-time code). */
  async challenge(tokenHash: string, now: Date): Promise<{ id: string; userId: string; userAgent: string | null } | null> {
    const [row] = await this.database.query<{ id: string; userId: string; userAgent: string | null }>(
      `SELECT s.id, s.user_id AS "userId", s.user_agent AS "userAgent" FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.purpose = 'challenge' AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active`,
      [tokenHash, now],
    );
    return row ?? null;
  }

  async principal(sessionId: string): Promise<PrincipalRow> {
    const [row] = await this.database.query<PrincipalRow>(`SELECT ${PRINCIPAL_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`, [
      sessionId,
    ]);
    return row;
  }

  /** The principal of a valid session (not revoked, not expired, used since `idleSince`, user active), with its expiry and last use. */
  async valid(tokenHash: string, now: Date, idleSince: Date): Promise<(PrincipalRow & { expiresAt: Date; lastSeenAt: Date }) | null> {
    const [row] = await this.database.query<PrincipalRow & { expiresAt: Date; lastSeenAt: Date }>(
      `SELECT ${PRINCIPAL_COLUMNS}, s.expires_at AS "expiresAt", s.last_seen_at AS "lastSeenAt" FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.purpose IN ('full', 'enrolment') AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.active`,
      [tokenHash, now, idleSince],
    );
    return row ?? null;
  }

  /** Records a use; at most once per `unless recorded since`, so most requests write nothing. */
  async touch(sessionId: string, now: Date, recordedSince: Date): Promise<void> {
    await this.database.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $3`, [sessionId, now, recordedSince]);
  }

  /** The user's full sessions still open (not revoked, not expired, not idle), newest use first. */
  openOf(userId: string, now: Date, idleSince: Date): Promise<SessionRow[]> {
    return this.database.query<SessionRow>(
      `SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", user_agent AS "userAgent" FROM sessions
       WHERE user_id = $1 AND purpose = 'full' AND revoked_at IS NULL AND expires_at > $2 AND last_seen_at > $3
       ORDER BY last_seen_at DESC, created_at DESC`,
      [userId, now, idleSince],
    );
  }

  /** Compare-and-set: true when this call ended the session (so a challenge is used once). */
  async revoke(sessionId: string, at: Date, userId?: string): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR user_id = $3) RETURNING id`,
      [sessionId, at, userId ?? null],
    );
    return rows.length > 0;
  }

  async revokeAllOf(userId: string, at: Date, exceptSessionId: string | null = null): Promise<void> {
    await this.database.query(`UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3)`, [
      userId,
      at,
      exceptSessionId,
    ]);
  }

  /** Sessions (and login challenges) ended or expired before `before`, with their device description; how many. */
  async deleteEndedBefore(before: Date): Promise<number> {
    // PostgreSQL's least() passes over NULL: a session never revoked ends when it expires.
    const rows = await this.database.query(`DELETE FROM sessions WHERE least(expires_at, revoked_at) < $1 RETURNING id`, [before]);
    return rows.length;
  }

  /** Delivered to every listening process when the running transaction commits. */
  async announceRevocation(target: RevocationTarget): Promise<void> {
    await this.database.query(`SELECT pg_notify($1, $2)`, [SESSION_REVOKED_CHANNEL, JSON.stringify(target)]);
  }
}
