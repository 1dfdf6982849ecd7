import { Injectable } from '@nestjs/common';
import { Clock, addDays, today } from '@app/shared';
import { SweepOn, UnitOfWork, type Sweep } from '@app/infra';
import { InterviewsRepository } from '../persistence/interviews.repository';
import { INTERVIEW_REMINDER_SWEEP } from './selection.jobs';

/**
 * Finds the planned interviews of tomorrow (Amsterdam calendar day) and queues one reminder job
 * each through the outbox. Idempotent: an interview is claimed once per date and version in the
 * same unit of work that queues its job, so a second run, or a run after a crash, queues nothing.
 */
@SweepOn({ name: INTERVIEW_REMINDER_SWEEP, cron: '0 * * * *' })
@Injectable()
export class InterviewReminderSweep implements Sweep {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly interviews: InterviewsRepository,
    private readonly clock: Clock,
  ) {}

  run(): Promise<number> {
    const tomorrow = addDays(today(this.clock.now()), 1);
    return this.unitOfWork.run(async () => {
      const claimed = await this.interviews.claimReminders(tomorrow);
      await this.unitOfWork.enqueue(
        ...claimed.map((interview) => ({ name: 'selection.interview-reminder' as const, data: { interviewId: interview.id, sequence: interview.sequence } })),
      );
      return claimed.length;
    });
  }
}
