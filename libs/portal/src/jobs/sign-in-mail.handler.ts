import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { NotificationsService } from '@app/notifications';
import { PortalSignInService } from '../application/portal-sign-in.service';

/**
 * Mails the one-time link of a sign-in request. Idempotent: NotificationsService sends it once per
 * link (the due key) and recipient; a link that no longer works (used, superseded, expired, candidate erased) is
 * not mailed. The table keeps the mail without its link.
 */
@HandlesJob('portal.sign-in-mail')
@Injectable()
export class SignInMailHandler implements JobHandler<'portal.sign-in-mail'> {
  constructor(
    private readonly signIn: PortalSignInService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ linkId }: JobMap['portal.sign-in-mail']): Promise<void> {
    const mail = await this.signIn.mail(linkId);
    if (!mail) return;
    await this.notifications.deliver({
      // About the candidate (so R13's erasure scrubs it with their other messages), once per link.
      kind: 'portal_sign_in_link',
      subjectId: mail.candidateId,
      dueKey: linkId,
      recipients: [{ email: mail.email }],
      title: mail.title,
      body: mail.body,
      keptBody: mail.keptBody,
    });
  }
}
