import { Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { MailService, type MailAttachment, type OutgoingMail } from '@app/infra';
import { NotificationRepository } from '../persistence/notification.repository';

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
    private readonly notifications: NotificationRepository,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async deliver(request: NotificationRequest): Promise<number> {
    let sent = 0;
    for (const recipient of uniqueRecipients(request.recipients)) {
      const row = await this.notifications.claim({
        kind: request.kind,
        subjectId: request.subjectId,
        dueKey: request.dueKey,
        recipient: recipient.email,
        userId: recipient.userId ?? null,
        title: request.title,
        body: request.body,
        createdAt: this.clock.now(),
      });
      if (row.status === 'sent') continue;
      await this.mail.send({
        to: recipient.email,
        subject: request.title,
        text: request.body,
        attachments: request.attachments,
        icalEvent: request.icalEvent,
      });
      await this.notifications.markSent(row.id, this.clock.now());
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
