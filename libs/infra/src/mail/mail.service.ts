import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface OutgoingMail {
  /** Stable per message (a notification's id): a resend after a crash carries the same Message-ID. */
  key: string;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
  /** An invitation or cancellation: one iCalendar part, under this file name. */
  calendar?: MailCalendar;
}

export interface MailCalendar {
  method: 'REQUEST' | 'CANCEL';
  content: string;
  filename: string;
}

/** SMTP delivery through nodemailer; the relay is given by SMTP_URL. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport(config.smtpUrl, { from: config.mailFrom });
    this.messageIdDomain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'zij-instroom.invalid';
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      messageId: `<${mail.key}@${this.messageIdDomain}>`,
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments,
      alternatives: mail.calendar ? [calendarPart(mail.calendar)] : undefined,
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/**
 * The calendar as the one text/calendar alternative of the body with its METHOD, as Outlook sends
 * it: mail clients show it as an invitation with its buttons. Not nodemailer's `icalEvent`, which
 * adds the same calendar a second time as an attachment.
 */
function calendarPart(calendar: MailCalendar) {
  return {
    contentType: `text/calendar; charset=utf-8; method=${calendar.method}`,
    content: calendar.content,
    filename: calendar.filename,
    headers: { 'Content-Disposition': 'inline' },
  };
}
