import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, HandlesJob, WebLinks, type AppConfig, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { RemindersRepository } from '../persistence/reminders.repository';
import { uitvalAlertMail } from './reminder-mails';

/**
 * Tells every active staff user that a cohort's uitval rate reached the threshold (R12).
 * Idempotent: the subject is the cohort's watch row and the due key the crossing's number, and
 * NotificationsService sends once per (kind, subject, due key, recipient).
 */
@HandlesJob('programmes.uitval-alert')
@Injectable()
export class UitvalAlertHandler implements JobHandler<'programmes.uitval-alert'> {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ cohort, crossing }: JobMap['programmes.uitval-alert']): Promise<void> {
    const alert = await this.reminders.uitvalAlert(cohort);
    if (!alert) return;
    const staff = await this.users.listActiveByRole('staff');
    await this.notifications.deliver({
      kind: 'uitval_threshold_reached',
      subjectId: alert.id,
      dueKey: `crossing-${crossing}`,
      recipients: staff.map((user) => ({ email: user.email, userId: user.id })),
      ...uitvalAlertMail(
        { cohort, rate: alert.rate, uitval: alert.uitval, started: alert.started, thresholdPercent: this.config.uitvalAlertPercent },
        this.links.programmes(),
      ),
    });
  }
}
