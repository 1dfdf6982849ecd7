import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Database, type AppConfig, type JobHandler, type JobMap } from '@app/infra';
import { UsersService } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { applicationConfirmationMail, newApplicationStaffMail } from './application-mails';

/**
 * Confirms an application to the candidate and tells the central desk.
 * Idempotent: each message is sent once per (kind, candidate, recipient) by NotificationsService;
 * a candidate erased or gone meanwhile is skipped.
 */
@Injectable()
export class ApplicationReceivedHandler implements JobHandler<'candidates.application-received'> {
  readonly jobName = 'candidates.application-received' as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ candidateId }: JobMap['candidates.application-received']): Promise<void> {
    const [candidate] = await this.database.query<{ id: string; firstName: string; lastName: string; email: string; reference: string; region: string }>(
      `SELECT id, first_name AS "firstName", last_name AS "lastName", email, reference, region FROM candidates WHERE id = $1`,
      [candidateId],
    );
    if (!candidate) return;
    const confirmation = applicationConfirmationMail(candidate);
    await this.notifications.deliver({
      kind: 'application_confirmation',
      subjectId: candidate.id,
      dueKey: 'once',
      recipients: [{ email: candidate.email }],
      ...confirmation,
    });
    const staff = await this.users.listActiveByRole('staff');
    const staffMail = newApplicationStaffMail(candidate, `${this.config.appUrl}/kandidaten/${candidate.id}`);
    await this.notifications.deliver({
      kind: 'new_application',
      subjectId: candidate.id,
      dueKey: 'once',
      recipients: staff.map((user) => ({ email: user.email, userId: user.id })),
      ...staffMail,
    });
  }
}
