import { Injectable } from '@nestjs/common';
import { Clock, isWorkingDay, lastDayWaitingOver, addDays, startOfDay, today, workingDaysBetween } from '@app/shared';
import { SweepOn, WebLinks, type Sweep } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { DutchPublicHolidays } from '../application/dutch-holidays';
import { WaitingApplicationRepository } from '../persistence/waiting-application.repository';
import { applicationsWaitingMail } from './applications-waiting-mail';
import { APPLICATIONS_WAITING_SWEEP } from './candidates.jobs';

/** R12: an application waits too long after this many working days. */
const WAITING_WORKING_DAYS = 5;
/** The longest list one mail carries; the rest is counted. */
const LISTED = 200;

/**
 * R12: applications waiting in applied or screening over 5 working days (Dutch public holidays are
 * not working days) → one digest a day to every active staff user. Runs on working days only: the
 * desk reads it then, and the list is the same on the next working day. Idempotent: the subject is
 * the staff user and the due key the day, and NotificationsService sends once per (kind, subject,
 * due key, recipient), so a second run the same day, or a restarted worker, sends nothing again.
 */
@SweepOn({ name: APPLICATIONS_WAITING_SWEEP, cron: '30 7 * * *' })
@Injectable()
export class ApplicationsWaitingSweep implements Sweep {
  constructor(
    private readonly applications: WaitingApplicationRepository,
    private readonly holidays: DutchPublicHolidays,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const now = this.clock.now();
    const day = today(now);
    if (!isWorkingDay(day, this.holidays.has)) return 0;
    const lastDay = lastDayWaitingOver(day, WAITING_WORKING_DAYS, this.holidays.has);
    const appliedBefore = startOfDay(addDays(lastDay, 1));
    const waiting = await this.applications.appliedBefore(appliedBefore, LISTED + 1);
    if (waiting.length === 0) return 0;
    const staff = await this.users.listActiveByRole('staff');
    const lines = waiting.slice(0, LISTED).map((application) => ({
      ...application,
      workingDays: workingDaysBetween(today(application.appliedAt), day, this.holidays.has),
    }));
    const more = waiting.length > LISTED ? (await this.applications.countAppliedBefore(appliedBefore)) - LISTED : 0;
    const mail = applicationsWaitingMail(lines, more, now, this.links.candidates());
    // Each staff user's digest is a subject of its own: one mail a day each, however many wait.
    return this.notifications.deliverAll(
      staff.map((user) => ({ kind: 'applications_waiting', subjectId: user.id, dueKey: day, recipients: [{ email: user.email, userId: user.id }], ...mail })),
    );
  }
}
