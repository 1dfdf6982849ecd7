import { Injectable } from '@nestjs/common';
import { Clock, today, type CalendarDate } from '@app/shared';
import { SweepOn, UnitOfWork, type Sweep } from '@app/infra';
import { NO_SESSION_DAYS, quietSinceWindow } from '../domain/coaching-reminder.policy';
import { CoachingRemindersRepository, type QuietProgramme } from '../persistence/coaching-reminders.repository';
import { NO_SESSION_REMINDERS_SWEEP } from './coaching.jobs';

/** Claims and queues at most this many reminders per unit of work. */
const BATCH = 1000;

/**
 * R12: no coaching session for 28 days in a running programme → its coach, once per gap (the due
 * key is the day the gap reached 28 days). Idempotent: each reminder is claimed per (programme,
 * due day) in the same unit of work that writes its outbox job, and the selection leaves claimed
 * ones out, so a second run, or a worker killed mid-batch and restarted, queues nothing twice; the
 * mail handler sends through NotificationsService, once per (kind, programme, due day, recipient).
 */
@SweepOn({ name: NO_SESSION_REMINDERS_SWEEP, cron: '0 7 * * *' })
@Injectable()
export class NoSessionRemindersSweep implements Sweep {
  constructor(
    private readonly reminders: CoachingRemindersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** What is due on `day`, not claimed yet: the selection alone (the benchmark times it beside its bare SQL). */
  due(day: CalendarDate): Promise<QuietProgramme[]> {
    const window = quietSinceWindow(day);
    return this.reminders.quietProgrammes(window.from, window.to, NO_SESSION_DAYS);
  }

  async run(): Promise<number> {
    const due = await this.due(today(this.clock.now()));
    let queued = 0;
    for (let offset = 0; offset < due.length; offset += BATCH) {
      queued += await this.unitOfWork.run(async () => {
        const claimed = await this.reminders.claimNoSession(due.slice(offset, offset + BATCH), this.clock.now());
        await this.unitOfWork.enqueue(...claimed.map((data) => ({ name: 'coaching.no-session-reminder' as const, data })));
        return claimed.length;
      });
    }
    return queued;
  }
}
