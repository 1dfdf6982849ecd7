import { Injectable } from '@nestjs/common';
import { Clock, calendarDate, today } from '@app/shared';
import { SweepOn, UnitOfWork, type Sweep } from '@app/infra';
import { isSoftLandingReminderDue, softLandingEndsOn, softLandingStartWindow } from '../domain/placement.policy';
import { SoftLandingRemindersRepository } from '../persistence/soft-landing-reminders.repository';
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

  async run(): Promise<number> {
    const day = today(this.clock.now());
    const window = softLandingStartWindow(day);
    const due = (await this.reminders.startedBetween(window.from, window.to)).filter((placement) =>
      isSoftLandingReminderDue(calendarDate(placement.startDate), day),
    );
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
