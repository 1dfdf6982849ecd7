import { Injectable } from '@nestjs/common';
import { Clock, calendarDate, today, type CalendarDate } from '@app/shared';
import { SweepOn, UnitOfWork, type Sweep } from '@app/infra';
import { softLandingDueDaysWindow, softLandingEndsOn, softLandingStartWindow } from '../domain/placement.policy';
import { SoftLandingRemindersRepository, type SoftLandingDue } from '../persistence/soft-landing-reminders.repository';
import { SOFT_LANDING_SWEEP } from './placements.jobs';

const BATCH = 1000;

/**
 * R12: the soft landing ends in 14 days → the board's users. Idempotent: each placement is
 * claimed per soft-landing end in the unit of work that writes its outbox job, and the selection
 * leaves claimed ones out; the handler sends once per (kind, placement, end, recipient).
 */
@SweepOn({ name: SOFT_LANDING_SWEEP, cron: '0 7 * * *' })
@Injectable()
export class SoftLandingSweep implements Sweep {
  constructor(
    private readonly reminders: SoftLandingRemindersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** What is due on `day`, not claimed yet: the selection alone (the benchmark times it beside its bare SQL). */
  async due(day: CalendarDate): Promise<SoftLandingDue[]> {
    return this.reminders.startedBetween(softLandingStartWindow(day), softLandingDueDaysWindow(day));
  }

  async run(): Promise<number> {
    const due = await this.due(today(this.clock.now()));
    let queued = 0;
    for (let offset = 0; offset < due.length; offset += BATCH) {
      const batch = due.slice(offset, offset + BATCH).map((placement) => ({
        placementId: placement.id,
        dueKey: softLandingEndsOn(calendarDate(placement.startDate)),
      }));
      queued += await this.unitOfWork.run(async () => {
        const claimed = await this.reminders.claim(batch, this.clock.now());
        await this.unitOfWork.enqueue(
          ...claimed.map((claim) => ({
            name: 'placements.soft-landing-reminder' as const,
            data: { placementId: claim.placementId, softLandingEndsOn: claim.dueKey },
          })),
        );
        return claimed.length;
      });
    }
    return queued;
  }
}
