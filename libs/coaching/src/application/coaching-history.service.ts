import { Injectable } from '@nestjs/common';
import { Clock, type Actor } from '@app/shared';
import { Database } from '@app/infra';
import { AuditService } from '@app/audit';
import { SessionHistoryRepository } from '../persistence/session-history.repository';
import type { ImportedSession, ExportedSession } from './coaching-history.views';

/** Import only (issue 15): sessions of the past, written by the importer in the caller's unit of work. */
@Injectable()
export class CoachingHistoryService {
  constructor(
    private readonly database: Database,
    private readonly history: SessionHistoryRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Export only (issue 15): the sessions of these programmes. */
  exportRows(programmeIds: string[]): Promise<ExportedSession[]> {
    return this.history.exportRows(programmeIds);
  }

  async importSessions(actor: Actor, sessions: ImportedSession[]): Promise<void> {
    if (!this.database.inTransaction()) throw new Error('An import joins the unit of work of its commit');
    if (sessions.length === 0 || actor.userId === null) return;
    const ids = await this.history.insertMany(sessions, actor.userId, this.clock.now());
    await this.audit.recordHistory(
      actor,
      ids.map((id, index) => ({
        entity: 'coaching_session',
        entityId: id,
        action: 'create',
        changedFields: ['programmeId', 'date', 'minutes', 'kind', 'note'],
        at: sessions[index].at,
      })),
    );
  }
}
