import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { PasswordResetService } from '@app/accounts';
import { NotificationsService } from '../application/notifications.service';

/**
 * Mails the one-time link of a "Wachtwoord vergeten" request. Here, not in accounts, because the
 * notifications module already depends on accounts. Idempotent: NotificationsService sends the
 * mail once per request and recipient; a link that no longer works (used, superseded by a newer
 * request, expired) is not mailed. The table keeps the mail without its link.
 */
@HandlesJob('accounts.password-reset-mail')
@Injectable()
export class PasswordResetMailHandler implements JobHandler<'accounts.password-reset-mail'> {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ resetId }: JobMap['accounts.password-reset-mail']): Promise<void> {
    const mail = await this.resets.mail(resetId);
    if (!mail) return;
    await this.notifications.deliver({
      kind: 'password_reset',
      subjectId: resetId,
      dueKey: 'once',
      recipients: [mail.recipient],
      title: mail.title,
      body: mail.body,
      keptBody: mail.keptBody,
    });
  }
}
