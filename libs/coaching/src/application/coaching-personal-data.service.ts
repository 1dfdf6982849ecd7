import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { UserReader } from '@app/accounts';
import { CoachesRepository } from '../persistence/coaches.repository';
import { CoachingErasureRepository } from '../persistence/coaching-erasure.repository';
import { SessionsRepository } from '../persistence/sessions.repository';
import type { AssignmentView, RiskFlagView, SessionView } from './coaching.views';

/** A coach assignment as the inspection export shows it: the coach's name, the days, and the override reason when above the maximum. */
export type HeldCoachAssignment = Omit<AssignmentView, 'coachName'> & { coachName: string };
/** A coaching session as the inspection export shows it: date, minutes, kind, note and its author's name. */
export type HeldCoachingSession = Omit<SessionView, 'authorName'> & { authorName: string };
/** The at-risk flag of a programme (one at a time; clearing removes it): level, note, who flagged it and when. */
export type HeldRiskFlag = RiskFlagView & { flaggedByName: string };

/** Everything the coaching module holds on a candidate, through their programmes. */
export interface HeldCoaching {
  coachAssignments: HeldCoachAssignment[];
  coachingSessions: HeldCoachingSession[];
  riskFlags: HeldRiskFlag[];
}

/**
 * R13: coaching keeps free text about a candidate — the session notes and the at-risk note. They
 * go; the sessions' dates, minutes and kinds, and the flag's level, stay for the reports (§5).
 */
@Injectable()
export class CoachingPersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly erasure: CoachingErasureRepository,
    private readonly coaches: CoachesRepository,
    private readonly sessions: SessionsRepository,
    private readonly users: UserReader,
    private readonly audit: AuditService,
  ) {}

  /**
   * The assignments, sessions and at-risk flags of all the candidate's programmes, oldest first, with
   * the names of the coaches and authors: for the inspection export (the caller has checked its reader is the desk).
   */
  async held(candidateId: string): Promise<HeldCoaching> {
    const programmeIds = await this.erasure.programmeIds(candidateId);
    if (programmeIds.length === 0) return { coachAssignments: [], coachingSessions: [], riskFlags: [] };
    const [assignments, sessions, flags, users] = await Promise.all([
      this.coaches.historyOf(programmeIds),
      this.sessions.ofProgrammes(programmeIds),
      this.sessions.risks(programmeIds),
      this.users.list(),
    ]);
    const names = new Map(users.map((user) => [user.id, user.name]));
    const nameOf = (userId: string) => names.get(userId) ?? '';
    return {
      coachAssignments: assignments.map((assignment) => ({ ...assignment, coachName: nameOf(assignment.coachId) })),
      coachingSessions: sessions
        .map((session) => ({ ...session, authorName: nameOf(session.authorId) }))
        .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.getTime() - b.createdAt.getTime()),
      riskFlags: flags.map((flag) => ({ ...flag, flaggedByName: nameOf(flag.flaggedBy) })),
    };
  }

  /**
   * Inside the caller's unit of work: the notes go, each record changed audited (field names only).
   * Returns the ids of the candidate's programmes and sessions: the subjects of the messages kept
   * about them (the reminders name the candidate).
   */
  erase(actor: Actor, candidateId: string): Promise<string[]> {
    return this.unitOfWork.run(async () => {
      const programmeIds = await this.erasure.programmeIds(candidateId);
      if (programmeIds.length === 0) return [];
      const sessionIds = await this.erasure.eraseSessionNotes(programmeIds);
      for (const id of sessionIds) {
        await this.audit.record(actor, { entity: 'coaching_session', entityId: id, action: 'erase', changedFields: ['note'] });
      }
      for (const id of await this.erasure.eraseRiskNotes(programmeIds)) {
        await this.audit.record(actor, { entity: 'programme_risk', entityId: id, action: 'erase', changedFields: ['note'] });
      }
      return [...programmeIds, ...sessionIds];
    });
  }
}
