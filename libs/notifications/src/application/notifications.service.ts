import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/shared';
import { MailService, errorCodeOf, isDatabaseUnavailable, isRecipientRefused, type MailAttachment, type MailCalendar } from '@app/infra';
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
  /** Kept in the notifications table instead of `body` when the body holds a secret (a one-time link). */
  keptBody?: string;
  attachments?: MailAttachment[];
  /** An invitation or cancellation: one iCalendar part. */
  calendar?: MailCalendar;
}

/**
 * Sends each message once per (kind, subject, due key, recipient) and keeps it as a notification.
 * The row is claimed before sending and marked sent after; a crash in between resends at most
 * that one message on the job's retry — at-least-once, never silently lost.
 *
 * Each recipient is a unit of its own: one recipient's failure does not keep the others' mails
 * from going out. A recipient the relay refuses for good is marked `refused` and not tried again;
 * any other failure fails the job after the other recipients were served, and its retry sends
 * only what is still pending.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  /**
   * Marked right after the relay accepted the mail, retried on its own while PostgreSQL is briefly
   * away: only a crash in between sends the mail again, then with the same Message-ID.
   */
  private async markSent(id: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.notifications.markSent(id, this.clock.now());
        return;
      } catch (error) {
        if (attempt >= MARK_SENT_TRIES || !isDatabaseUnavailable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
    }
  }

  /** Delivers one message to each of its recipients; see deliverAll. */
  deliver(request: NotificationRequest): Promise<number> {
    return this.deliverAll([request]);
  }

  /**
   * Delivers every message to each of its recipients, each recipient on its own; then throws the
   * first failure that a retry may cure. Returns how many mails went out now.
   */
  async deliverAll(requests: NotificationRequest[]): Promise<number> {
    let sent = 0;
    let failure: unknown;
    for (const request of requests) {
      for (const recipient of uniqueRecipients(request.recipients)) {
        try {
          if (await this.deliverTo(request, recipient)) sent += 1;
        } catch (error) {
          failure ??= error;
        }
      }
    }
    if (failure !== undefined) throw failure;
    return sent;
  }

  private async deliverTo(request: NotificationRequest, recipient: Recipient): Promise<boolean> {
    const row = await this.notifications.claim({
      kind: request.kind,
      subjectId: request.subjectId,
      dueKey: request.dueKey,
      recipient: recipient.email,
      userId: recipient.userId ?? null,
      title: request.title,
      body: request.keptBody ?? request.body,
      createdAt: this.clock.now(),
    });
    if (row.status !== 'pending') return false;
    try {
      await this.mail.send({
        key: `notification-${row.id}`,
        to: recipient.email,
        subject: request.title,
        text: request.body,
        attachments: request.attachments,
        calendar: request.calendar,
      });
    } catch (error) {
      if (!isRecipientRefused(error)) throw error;
      const code = errorCodeOf(error);
      await this.notifications.markRefused(row.id, code);
      this.logger.warn(`Notification ${row.id} (${request.kind}): the relay refused its recipient for good (${code}); not tried again`);
      return false;
    }
    await this.markSent(row.id);
    return true;
  }
}

/** Attempts to mark a notification sent: the mail went out, so a short database blip must not make it go out again. */
const MARK_SENT_TRIES = 6;

function uniqueRecipients(recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => {
    const key = recipient.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
