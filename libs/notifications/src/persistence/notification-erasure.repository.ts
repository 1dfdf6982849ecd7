import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

/** A kept message as the inspection export shows it. */
export interface HeldNotification {
  id: string;
  kind: string;
  subjectId: string;
  dueKey: string;
  recipient: string;
  title: string;
  body: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** R13 on the notifications table: the messages about a person's records. */
@Injectable()
export class NotificationErasureRepository {
  constructor(private readonly database: Database) {}

  held(subjectIds: string[]): Promise<HeldNotification[]> {
    return this.database.query<HeldNotification>(
      `SELECT id, kind, subject_id AS "subjectId", due_key AS "dueKey", recipient, title, body, status, created_at AS "createdAt", sent_at AS "sentAt"
       FROM notifications WHERE subject_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [subjectIds],
    );
  }

  /**
   * Title and body of every message about the subjects are emptied, and the person's own address
   * is replaced by a value unique per row (the table's key includes the recipient); kind, subject,
   * due key, status and times stay. Returns how many rows it changed.
   */
  async scrub(subjectIds: string[], address: string): Promise<number> {
    const rows = await this.database.query(
      `UPDATE notifications SET title = '', body = '',
         recipient = CASE WHEN $2::text <> '' AND lower(recipient) = lower($2) THEN 'erased:' || id::text ELSE recipient END
       WHERE subject_id = ANY($1::uuid[]) AND (title <> '' OR body <> '' OR ($2::text <> '' AND lower(recipient) = lower($2)))
       RETURNING id`,
      [subjectIds, address],
    );
    return rows.length;
  }
}
