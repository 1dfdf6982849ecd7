import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { CoachAssignmentService } from '../application/coach-assignment.service';

/**
 * R9: assigns a coach to a programme that started. Idempotent: a programme with a current coach
 * is left alone, and of two concurrent runs one insert is refused by the partial unique index.
 */
@HandlesJob('coaching.assign-coach')
@Injectable()
export class AssignCoachHandler implements JobHandler<'coaching.assign-coach'> {
  constructor(private readonly assignments: CoachAssignmentService) {}

  async handle({ programmeId }: JobMap['coaching.assign-coach']): Promise<void> {
    await this.assignments.assign(programmeId);
  }
}
