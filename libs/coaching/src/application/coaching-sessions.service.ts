import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, isUuid, today, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { ProgrammeReader, type ProgrammeRow } from '@app/programmes';
import { NotSessionAuthorError, SessionDateError, SessionEditWindowClosedError } from '../domain/coaching.errors';
import { SESSION_EDIT_DAYS, checkSessionDate, withinEditWindow, type RiskLevel } from '../domain/session.policy';
import { CoachesRepository } from '../persistence/coaches.repository';
import { SessionsRepository } from '../persistence/sessions.repository';
import type { NormView, SessionInput } from './coaching.views';

/** R10 coaching sessions, the norms and the at-risk flag; each command one unit of work, audited (R15). */
@Injectable()
export class CoachingSessionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionsRepository,
    private readonly coaches: CoachesRepository,
    private readonly programmes: ProgrammeReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async log(actor: Actor, programmeId: string, input: SessionInput): Promise<string> {
    const programme = await this.programmes.findVisible(actor, programmeId);
    await this.checkDate(actor, programme, input.date);
    return this.unitOfWork.run(async () => {
      const id = await this.sessions.insert({ programmeId, authorId: actor.userId ?? '', ...input, note: input.note ?? '' }, this.clock.now());
      await this.sessions.sessionLogged(programmeId, input.date);
      await this.audit.record(actor, {
        entity: 'coaching_session',
        entityId: id,
        action: 'create',
        changedFields: ['programmeId', 'date', 'minutes', 'kind', 'note'],
      });
      return id;
    });
  }

  async edit(actor: Actor, programmeId: string, sessionId: string, input: SessionInput): Promise<void> {
    const programme = await this.programmes.findVisible(actor, programmeId);
    await this.checkDate(actor, programme, input.date);
    await this.unitOfWork.run(async () => {
      const current = await this.ownSession(actor, programmeId, sessionId);
      await this.sessions.update(sessionId, { ...input, note: input.note ?? '' }, this.clock.now());
      if (input.date !== current.date) await this.sessions.sessionsChanged(programmeId);
      const changedFields = (['date', 'minutes', 'kind', 'note'] as const).filter((field) => (input[field] ?? '') !== current[field]);
      await this.audit.record(actor, { entity: 'coaching_session', entityId: sessionId, action: 'update', changedFields });
    });
  }

  async remove(actor: Actor, programmeId: string, sessionId: string): Promise<void> {
    await this.programmes.findVisible(actor, programmeId);
    await this.unitOfWork.run(async () => {
      await this.ownSession(actor, programmeId, sessionId);
      await this.sessions.delete(sessionId);
      await this.sessions.sessionsChanged(programmeId);
      await this.audit.record(actor, { entity: 'coaching_session', entityId: sessionId, action: 'delete', changedFields: [] });
    });
  }

  async flagRisk(actor: Actor, programmeId: string, input: { level: RiskLevel; note: string }): Promise<void> {
    await this.programmes.findVisible(actor, programmeId);
    await this.unitOfWork.run(async () => {
      await this.sessions.setRisk({ programmeId, level: input.level, note: input.note.trim(), flaggedBy: actor.userId ?? '' }, this.clock.now());
      await this.audit.record(actor, { entity: 'programme_risk', entityId: programmeId, action: 'flag', changedFields: ['level', 'note'] });
    });
  }

  async clearRisk(actor: Actor, programmeId: string): Promise<void> {
    await this.programmes.findVisible(actor, programmeId);
    await this.unitOfWork.run(async () => {
      if (!(await this.sessions.clearRisk(programmeId))) return;
      await this.audit.record(actor, { entity: 'programme_risk', entityId: programmeId, action: 'clear', changedFields: ['level', 'note'] });
    });
  }

  async setNorm(actor: Actor, norm: NormView): Promise<void> {
    await this.unitOfWork.run(async () => {
      await this.sessions.setNorm(norm, this.clock.now());
      await this.audit.record(actor, {
        entity: 'coaching_norm',
        entityId: `${norm.route}:${norm.studyYear}`,
        action: 'update',
        changedFields: ['hoursPerUnit', 'unit'],
      });
    });
  }

  /** R10: not in the future, inside the programme, and a coach only on a day they were its coach. */
  private async checkDate(actor: Actor, programme: ProgrammeRow, date: string): Promise<void> {
    const problem = checkSessionDate(date, {
      today: today(this.clock.now()),
      startDate: programme.startDate,
      lastDay: programme.status === 'running' ? programme.plannedEnd : (programme.endedOn ?? programme.plannedEnd),
    });
    if (problem) throw problem;
    if (actor.role === 'coach' && !(await this.coaches.assignedOn(programme.id, actor.userId ?? '', date))) {
      throw new SessionDateError('Op deze datum was u niet de coach van dit traject.');
    }
  }

  private async ownSession(actor: Actor, programmeId: string, sessionId: string) {
    const session = isUuid(sessionId) ? await this.sessions.find(programmeId, sessionId, true) : null;
    if (!session) throw new NotFoundError('coaching_session');
    if (session.authorId !== actor.userId) throw new NotSessionAuthorError();
    if (!withinEditWindow(session.createdAt, this.clock.now())) throw new SessionEditWindowClosedError(SESSION_EDIT_DAYS);
    return session;
  }
}
