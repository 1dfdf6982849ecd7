import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

export interface NotificationClaim {
  kind: string;
  subjectId: string;
  dueKey: string;
  recipient: string;
  userId: string | null;
  title: string;
  body: string;
  createdAt: Date;
}

/** All SQL of notifications: one row per (kind, subject, due key, recipient). */
@Injectable()
export class NotificationRepository {
  constructor(private readonly database: Database) {}

  /** The row of this message, created on first sight; its status says whether it went out already. */
  async claim(claim: NotificationClaim): Promise<{ id: string; status: string }> {
    const [row] = await this.database.query<{ id: string; status: string }>(
      `INSERT INTO notifications (kind, subject_id, due_key, recipient, user_id, title, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (kind, subject_id, due_key, recipient) DO UPDATE SET kind = EXCLUDED.kind
       RETURNING id, status`,
      [claim.kind, claim.subjectId, claim.dueKey, claim.recipient, claim.userId, claim.title, claim.body, claim.createdAt],
    );
    return row;
  }

  /** The relay refused the recipient for good: kept with the relay's code (never its text, which quotes the address). */
  async markRefused(id: string, errorCode: string): Promise<void> {
    await this.database.query(`UPDATE notifications SET status = 'refused', error_code = $2 WHERE id = $1 AND status = 'pending'`, [
      id,
      errorCode.slice(0, 100),
    ]);
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.database.query(`UPDATE notifications SET status = 'sent', sent_at = $2 WHERE id = $1`, [id, at]);
  }
}
