import { Injectable, Logger } from '@nestjs/common';
import { Clock, SYSTEM_ACTOR, addDays, calendarDate, today, type Actor } from '@app/shared';
import { UnitOfWork, isUniqueViolation } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateReader } from '@app/candidates';
import { ProgrammeReader } from '@app/programmes';
import { assignmentOrder } from '../domain/assignment.policy';
import { CoachFullError, CoachNotAvailableError, ProgrammeNotRunningForCoachingError } from '../domain/coaching.errors';
import { CoachesRepository } from '../persistence/coaches.repository';

export type AssignOutcome = 'assigned' | 'already_assigned' | 'needs_coach' | 'not_running';

/**
 * R9: coach assignment. The maximum holds under concurrency because a place is taken by a
 * conditional UPDATE of the coach's caseload counter (`caseload < max_caseload`, re-checked by
 * PostgreSQL on the locked row), and a programme gets one current assignment at most (a partial
 * unique index): a second job for the same programme fails its insert and its unit of work rolls
 * back, counter included.
 */
@Injectable()
export class CoachAssignmentService {
  private readonly logger = new Logger(CoachAssignmentService.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly coaches: CoachesRepository,
    private readonly programmes: ProgrammeReader,
    private readonly candidates: CandidateReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The job's work: assign the best coach of the region, or mark the programme as needing one (staff are told once). */
  async assign(programmeId: string): Promise<AssignOutcome> {
    const programme = await this.programmes.findVisible(SYSTEM_ACTOR, programmeId).catch(() => null);
    if (!programme || programme.status !== 'running') return 'not_running';
    if (await this.coaches.current(programmeId)) {
      await this.coaches.unmarkNeedingCoach(programmeId);
      return 'already_assigned';
    }
    const region = (await this.candidates.contact(programme.candidateId))?.region;
    const now = this.clock.now();
    try {
      return await this.unitOfWork.run(async () => {
        const previousCoach = programme.previousProgrammeId ? await this.releasePrevious(programme.previousProgrammeId, now) : null;
        const options = region ? keepFirst(assignmentOrder(await this.coaches.options(region)), previousCoach) : [];
        for (const option of options) {
          // Another worker may have filled this coach since the read: the conditional UPDATE decides.
          if (!(await this.coaches.takePlace(option.userId, false, now))) continue;
          const fromDate = (await this.coaches.hasHistory(programmeId)) ? laterOf(programme.startDate, today(now)) : programme.startDate;
          const id = await this.coaches.insertAssignment({ programmeId, coachId: option.userId, fromDate, assignedBy: null, overrideReason: null }, now);
          await this.coaches.unmarkNeedingCoach(programmeId);
          await this.audit.record(SYSTEM_ACTOR, {
            entity: 'coach_assignment',
            entityId: id,
            action: 'assign',
            changedFields: ['programmeId', 'coachId', 'fromDate'],
          });
          return 'assigned';
        }
        if (await this.coaches.markNeedingCoach(programmeId, now)) {
          await this.unitOfWork.enqueue({ name: 'coaching.needs-coach-mail', data: { programmeId } });
        }
        return 'needs_coach';
      });
    } catch (error) {
      // Another job assigned this programme meanwhile: its one current assignment stands.
      if (isUniqueViolation(error, 'coach_assignments_one_current')) return 'already_assigned';
      throw error;
    }
  }

  /**
   * A route switch (R8): the previous programme's current assignment ends on that programme's last
   * day and its place is freed, in this unit of work; returns the coach it had last, whom the new
   * programme keeps when they still fit (active, of the region, below the maximum after the release).
   */
  private async releasePrevious(previousProgrammeId: string, now: Date): Promise<string | null> {
    const current = await this.coaches.current(previousProgrammeId, true);
    if (current) {
      const previous = await this.programmes.findVisible(SYSTEM_ACTOR, previousProgrammeId);
      // The daily sweep may have ended it meanwhile: only the statement that ends it frees the place.
      if (await this.coaches.endAssignment(current.id, previous.endedOn ?? addDays(today(now), -1), now)) {
        await this.coaches.releasePlace(current.coachId);
        await this.audit.record(SYSTEM_ACTOR, { entity: 'coach_assignment', entityId: current.id, action: 'end', changedFields: ['untilDate'] });
      }
      return current.coachId;
    }
    const history = await this.coaches.history(previousProgrammeId);
    return history.at(-1)?.coachId ?? null;
  }

  /** Staff reassign by hand; above the coach's maximum only with an override reason. */
  async reassign(actor: Actor, programmeId: string, input: { coachId: string; overrideReason?: string | null }): Promise<void> {
    const programme = await this.programmes.findVisible(actor, programmeId);
    if (programme.status !== 'running') throw new ProgrammeNotRunningForCoachingError();
    const overrideReason = input.overrideReason?.trim() || null;
    const now = this.clock.now();
    await this.unitOfWork.run(async () => {
      const current = await this.coaches.current(programmeId, true);
      if (current?.coachId === input.coachId) return;
      const coach = await this.coaches.find(input.coachId);
      if (!coach || !coach.active) throw new CoachNotAvailableError();
      if (!(await this.coaches.takePlace(input.coachId, overrideReason !== null, now))) throw new CoachFullError();
      const day = today(now);
      if (current) {
        await this.coaches.endAssignment(current.id, addDays(day, -1), now);
        await this.coaches.releasePlace(current.coachId);
        await this.audit.record(actor, { entity: 'coach_assignment', entityId: current.id, action: 'end', changedFields: ['untilDate'] });
      }
      const fromDate = current || (await this.coaches.hasHistory(programmeId)) ? laterOf(programme.startDate, day) : programme.startDate;
      const id = await this.coaches.insertAssignment({ programmeId, coachId: input.coachId, fromDate, assignedBy: actor.userId, overrideReason }, now);
      await this.coaches.unmarkNeedingCoach(programmeId);
      await this.audit.record(actor, {
        entity: 'coach_assignment',
        entityId: id,
        action: 'reassign',
        changedFields: ['programmeId', 'coachId', 'fromDate', ...(overrideReason ? ['overrideReason'] : [])],
      });
    });
  }

  /** The sweep: ends the assignments of programmes that ended (their places free up), then tries every running programme without a coach. */
  async sweep(): Promise<{ released: number; assigned: number }> {
    let released = 0;
    for (const ended of await this.coaches.currentOfEndedProgrammes()) {
      const endedNow = await this.unitOfWork.run(async () => {
        // A route switch's assignment job may have ended it meanwhile: only the statement that ends it frees the place.
        if (!(await this.coaches.endAssignment(ended.id, ended.endedOn, this.clock.now()))) return false;
        await this.coaches.releasePlace(ended.coachId);
        await this.audit.record(SYSTEM_ACTOR, { entity: 'coach_assignment', entityId: ended.id, action: 'end', changedFields: ['untilDate'] });
        return true;
      });
      if (endedNow) released += 1;
    }
    let assigned = 0;
    for (const programmeId of await this.coaches.runningWithoutCoach()) {
      if ((await this.assign(programmeId)) === 'assigned') assigned += 1;
    }
    this.logger.log(`Coach assignment sweep: ${released} released, ${assigned} assigned`);
    return { released, assigned };
  }
}

/** The coach to keep first, when they are among the options (they still fit); the order of the others stays. */
function keepFirst<T extends { userId: string }>(options: T[], coachId: string | null): T[] {
  const kept = options.filter((option) => option.userId === coachId);
  return [...kept, ...options.filter((option) => option.userId !== coachId)];
}

function laterOf(a: string, b: string): string {
  return calendarDate(a) > calendarDate(b) ? a : b;
}
