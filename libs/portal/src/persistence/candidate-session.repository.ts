import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

/** All SQL of the candidates' own sessions, apart from staff sessions: only the hash of a session's token is kept. */
@Injectable()
export class CandidateSessionRepository {
  constructor(private readonly database: Database) {}

  async insert(session: { candidateId: string; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.database.query(`INSERT INTO candidate_sessions (candidate_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)`, [
      session.candidateId,
      session.tokenHash,
      session.createdAt,
      session.expiresAt,
    ]);
  }

  /** The candidate of a running session whose data is kept; null otherwise. */
  async activeCandidate(tokenHash: string, now: Date): Promise<string | null> {
    const [row] = await this.database.query<{ candidateId: string }>(
      `SELECT s.candidate_id AS "candidateId" FROM candidate_sessions s JOIN candidates c ON c.id = s.candidate_id
       WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > $2 AND c.erased_at IS NULL`,
      [tokenHash, now],
    );
    return row?.candidateId ?? null;
  }

  /** Ends the session; the candidate it belonged to, or null when it was not running. */
  async end(tokenHash: string, at: Date): Promise<string | null> {
    const [row] = await this.database.query<{ candidateId: string }>(
      `UPDATE candidate_sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL RETURNING candidate_id AS "candidateId"`,
      [tokenHash, at],
    );
    return row?.candidateId ?? null;
  }
}
