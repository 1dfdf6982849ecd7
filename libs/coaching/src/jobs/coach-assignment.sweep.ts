import { Injectable } from '@nestjs/common';
import { SweepOn, type Sweep } from '@app/infra';
import { CoachAssignmentService } from '../application/coach-assignment.service';
import { COACH_ASSIGNMENT_SWEEP } from './coaching.jobs';

/**
 * R9, daily: ends the assignments of programmes that ended (freeing their coaches' places), then
 * tries again for every running programme without a coach. Idempotent: both steps look at what is
 * still open, and each assignment is the conditional UPDATE of the job.
 */
@SweepOn({ name: COACH_ASSIGNMENT_SWEEP, cron: '30 6 * * *' })
@Injectable()
export class CoachAssignmentSweep implements Sweep {
  constructor(private readonly assignments: CoachAssignmentService) {}

  async run(): Promise<number> {
    return (await this.assignments.sweep()).assigned;
  }
}
