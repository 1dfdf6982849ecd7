import { Inject, Injectable } from '@nestjs/common';
import { Clock, today, type CalendarDate } from '@app/shared';
import { APP_CONFIG, SweepOn, UnitOfWork, type AppConfig, type Sweep } from '@app/infra';
import { CoachingRemindersRepository, type NormCheck } from '../persistence/coaching-reminders.repository';
import { NORM_WATCH_SWEEP } from './coaching.jobs';

/** Records and queues at most this many crossings per unit of work. */
const BATCH = 1000;

/**
 * R12: coaching behind the pro-rata norm by more than 25% → staff. Checks the running programmes
 * at their monthly check day (coaching-reminder.policy) and tells staff once per programme, study
 * year and crossing. Idempotent: a crossing is recorded by a compare-and-set on the watch row in
 * the same unit of work that writes its outbox job, and the selection returns only the programmes
 * whose state differs from the watch's, so a second run queues nothing.
 */
@SweepOn({ name: NORM_WATCH_SWEEP, cron: '15 7 * * *' })
@Injectable()
export class NormWatchSweep implements Sweep {
  constructor(
    private readonly reminders: CoachingRemindersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The checks on `day` whose state differs from the watch's: the selection alone (the benchmark times it beside its bare SQL). */
  due(day: CalendarDate): Promise<NormCheck[]> {
    return this.reminders.normChecks(day, this.config.coaching.weeksPerStudyYear);
  }

  async run(): Promise<number> {
    const checks = await this.due(today(this.clock.now()));
    await this.unitOfWork.run(() => this.reminders.recordCaughtUp(checks.filter((check) => !check.behind)));
    const behind = checks.filter((check) => check.behind);
    let queued = 0;
    for (let offset = 0; offset < behind.length; offset += BATCH) {
      queued += await this.unitOfWork.run(async () => {
        const crossings = await this.reminders.recordCrossings(behind.slice(offset, offset + BATCH));
        await this.unitOfWork.enqueue(...crossings.map((data) => ({ name: 'coaching.behind-norm-reminder' as const, data })));
        return crossings.length;
      });
    }
    return queued;
  }
}
