import { Inject, Injectable } from '@nestjs/common';
import { Clock, today } from '@app/shared';
import { APP_CONFIG, SweepOn, UnitOfWork, type AppConfig, type Sweep } from '@app/infra';
import { UitvalReader } from '../application/uitval.reader';
import { uitvalCrossing } from '../domain/reminder.policy';
import { RemindersRepository } from '../persistence/reminders.repository';
import { UITVAL_WATCH_SWEEP } from './programmes.jobs';

/**
 * R12: the nightly uitval watch. Computes uitval per cohort (R11, UitvalReader) and tells staff
 * once when a cohort's rate reaches the threshold (UITVAL_ALERT_PERCENT, default 10), and again
 * only after it dropped below and reached it anew. Per cohort its last state is kept
 * (uitval_alerts), locked and changed in the unit of work that queues the alert, so two runs at
 * once or a second run the same night alert once; the alert's due key is the crossing's number.
 */
@SweepOn({ name: UITVAL_WATCH_SWEEP, cron: '30 1 * * *' })
@Injectable()
export class UitvalWatchSweep implements Sweep {
  private readonly thresholdPercent: number;

  constructor(
    private readonly uitval: UitvalReader,
    private readonly reminders: RemindersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.thresholdPercent = config.uitvalAlertPercent;
  }

  async run(): Promise<number> {
    const cohorts = await this.uitval.byCohort({ asOf: today(this.clock.now()) });
    let alerts = 0;
    for (const cohort of cohorts) {
      alerts += await this.unitOfWork.run(async () => {
        const previous = await this.reminders.lockUitvalState(cohort.cohort);
        const { reached, alert } = uitvalCrossing(previous?.reached ?? null, cohort.rate, this.thresholdPercent);
        if (previous && previous.reached === reached) return 0;
        const saved = await this.reminders.saveUitvalState(
          cohort.cohort,
          { reached, crossed: alert, rate: cohort.rate, uitval: cohort.uitval, started: cohort.started },
          this.clock.now(),
        );
        if (!alert) return 0;
        await this.unitOfWork.enqueue({ name: 'programmes.uitval-alert', data: { cohort: cohort.cohort, crossing: saved.crossings } });
        return 1;
      });
    }
    return alerts;
  }
}
