import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

/** An open sign-in link (not used, not superseded, not expired) of a candidate whose data is kept. */
export interface OpenSignInLink {
  id: string;
  candidateId: string;
}

const OPEN_LINK = `SELECT l.id, l.candidate_id AS "candidateId" FROM candidate_sign_in_links l JOIN candidates c ON c.id = l.candidate_id
  WHERE l.used_at IS NULL AND l.superseded_at IS NULL AND l.expires_at > $2 AND c.erased_at IS NULL`;

/** All SQL of the candidates' sign-in links: only the hash of a link's token is kept. */
@Injectable()
export class SignInLinkRepository {
  constructor(private readonly database: Database) {}

  /** A new request makes the candidate's older links void. */
  async supersedeOpen(candidateId: string, at: Date): Promise<void> {
    await this.database.query(`UPDATE candidate_sign_in_links SET superseded_at = $2 WHERE candidate_id = $1 AND used_at IS NULL AND superseded_at IS NULL`, [
      candidateId,
      at,
    ]);
  }

  async insert(link: { id: string; candidateId: string; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.database.query(`INSERT INTO candidate_sign_in_links (id, candidate_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      link.id,
      link.candidateId,
      link.tokenHash,
      link.createdAt,
      link.expiresAt,
    ]);
  }

  async openById(id: string, now: Date): Promise<OpenSignInLink | null> {
    const [row] = await this.database.query<OpenSignInLink>(`${OPEN_LINK} AND l.id = $1`, [id, now]);
    return row ?? null;
  }

  async openByTokenHash(tokenHash: string, now: Date): Promise<OpenSignInLink | null> {
    const [row] = await this.database.query<OpenSignInLink>(`${OPEN_LINK} AND l.token_hash = $1`, [tokenHash, now]);
    return row ?? null;
  }

  /** Compare-and-set: true when this call used the link, so a link works once even when sent twice at once. */
  async consume(id: string, at: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE candidate_sign_in_links SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND superseded_at IS NULL AND expires_at > $2 RETURNING id`,
      [id, at],
    );
    return rows.length > 0;
  }
}
