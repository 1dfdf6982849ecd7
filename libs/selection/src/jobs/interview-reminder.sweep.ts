import { Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { Database, Outbox, type Sweep } from '@app/infra';
import { addDays, amsterdamDate } from '../domain/amsterdam-time';
import { InterviewsRepository } from '../persistence/interviews.repository';

/**
 * Finds the planned interviews of tomorrow (Amsterdam calendar day) and queues one reminder job
 * each through the outbox. Idempotent: an interview is claimed once per date and version in the
 * same transaction that queues its job, so a second run, or a run after a crash, queues nothing.
 */
@Injectable()
export class InterviewReminderSweep implements Sweep {
  readonly sweepName = 'selection.interview-reminders';
  readonly schedule = '0 * * * *';

  constructor(
    private readonly database: Database,
    private readonly outbox: Outbox,
    private readonly interviews: InterviewsRepository,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const tomorrow = addDays(amsterdamDate(this.clock.now()), 1);
    const outboxIds = await this.database.transaction(async (manager) => {
      const claimed = await this.interviews.claimReminders(manager, tomorrow);
      return this.outbox.add(
        manager,
        claimed.map((interview) => ({ name: 'selection.interview-reminder', data: { interviewId: interview.id, sequence: interview.sequence } })),
      );
    });
    this.outbox.dispatch(outboxIds);
    return outboxIds.length;
  }
}
