import { Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { Database, MailService, type MailAttachment, type OutgoingMail } from '@app/infra';

export interface Recipient {
  email: string;
  userId?: string | null;
}

export interface NotificationRequest {
  /** What kind of message, e.g. `application_confirmation`. */
  kind: string;
  /** The candidate, interview, … the message is about. */
  subjectId: string;
  /** Distinguishes repeated messages about one subject (a due date, a sequence number). */
  dueKey: string;
  recipients: Recipient[];
  title: string;
  body: string;
  attachments?: MailAttachment[];
  icalEvent?: OutgoingMail['icalEvent'];
}

/**
 * Sends each message once per (kind, subject, due key, recipient) and keeps it as a notification.
 * The row is claimed before sending and marked sent after; a crash in between resends at most
 * that one message on the job's retry — at-least-once, never silently lost.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly database: Database,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async deliver(request: NotificationRequest): Promise<number> {
    let sent = 0;
    for (const recipient of uniqueRecipients(request.recipients)) {
      const [row] = await this.database.query<{ id: string; status: string }>(
        `INSERT INTO notifications (kind, subject_id, due_key, recipient, user_id, title, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (kind, subject_id, due_key, recipient) DO UPDATE SET kind = EXCLUDED.kind
         RETURNING id, status`,
        [request.kind, request.subjectId, request.dueKey, recipient.email, recipient.userId ?? null, request.title, request.body, this.clock.now()],
      );
      if (row.status === 'sent') continue;
      await this.mail.send({
        to: recipient.email,
        subject: request.title,
        text: request.body,
        attachments: request.attachments,
        icalEvent: request.icalEvent,
      });
      await this.database.query(`UPDATE notifications SET status = 'sent', sent_at = $2 WHERE id = $1`, [row.id, this.clock.now()]);
      sent += 1;
    }
    return sent;
  }
}

function uniqueRecipients(recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => {
    const key = recipient.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
