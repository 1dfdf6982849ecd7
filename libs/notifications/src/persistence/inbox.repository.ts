import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

export interface InboxItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The notifications kept for one user (rows with their user id), newest first, and their read marks. */
@Injectable()
export class InboxRepository {
  constructor(private readonly database: Database) {}

  list(userId: string, unreadOnly: boolean, limit: number): Promise<InboxItem[]> {
    return this.database.query<InboxItem>(
      `SELECT id, kind, title, body, created_at AS "createdAt", read_at AS "readAt" FROM notifications
       WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
       ORDER BY created_at DESC, id DESC LIMIT $3`,
      [userId, unreadOnly, limit],
    );
  }

  async unread(userId: string): Promise<number> {
    const [row] = await this.database.query<{ count: number }>(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [
      userId,
    ]);
    return row.count;
  }

  /** True when the notification is the user's (read before or now). */
  async markRead(userId: string, id: string, at: Date): Promise<boolean> {
    const rows = await this.database.query<{ id: string }>(
      `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $2 AND user_id = $1 RETURNING id`,
      [userId, id, at],
    );
    return rows.length === 1;
  }

  async markAllRead(userId: string, at: Date): Promise<void> {
    await this.database.query(`UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`, [userId, at]);
  }
}
