import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CoachingErasureRepository } from '../persistence/coaching-erasure.repository';

/**
 * R13: coaching keeps free text about a candidate — the session notes and the at-risk note. They
 * go; the sessions' dates, minutes and kinds, and the flag's level, stay for the reports (§5).
 */
@Injectable()
export class CoachingPersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly erasure: CoachingErasureRepository,
    private readonly audit: AuditService,
  ) {}

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
