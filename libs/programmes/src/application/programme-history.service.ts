import { Injectable } from '@nestjs/common';
import { Clock, calendarDate, type Actor } from '@app/shared';
import { Database, UnitOfWork } from '@app/infra';
import { AuditService, type AuditEntry } from '@app/audit';
import { cohortOf, phaseOn, plannedEndOf } from '../domain/programme-dates.policy';
import type { ProgrammeStatus } from '../domain/outcome.policy';
import { ProgrammeHistoryRepository } from '../persistence/programme-history.repository';
import type { ImportedProgramme, ExportedProgramme } from './programme-history.views';

const ENTITY = 'programme';
const OUTCOME_ACTIONS: Partial<Record<ProgrammeStatus, string>> = {
  qualified: 'qualify',
  dropped_out: 'drop_out',
  term_expired: 'expire_term',
  route_switched: 'switch_route',
};

/**
 * Import only (issue 15): programmes of the past with their outcome, extension and subsidy, inside
 * the caller's unit of work. The dates follow R8 (planned end, cohort, dropout phase from the
 * domain policies); a programme after a route switch keeps the cohort of the first. A running one
 * gets a coach by the same job as a programme the desk starts (R9).
 */
@Injectable()
export class ProgrammeHistoryService {
  constructor(
    private readonly database: Database,
    private readonly unitOfWork: UnitOfWork,
    private readonly history: ProgrammeHistoryRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  programmesOf(candidateId: string): Promise<{ id: string; startDate: string }[]> {
    return this.history.ofCandidate(candidateId);
  }

  /** Export only (issue 15): the programmes of these candidates, with extensions summed and the subsidy. */
  exportRows(candidateIds: string[]): Promise<ExportedProgramme[]> {
    return this.history.exportRows(candidateIds);
  }

  /**
   * Many programmes at once (one statement per table). A programme after a route switch names the
   * one before (`previousProgrammeId`, written in the same statement) and keeps the cohort of the first.
   */
  async importProgrammes(actor: Actor, programmes: ImportedProgramme[]): Promise<void> {
    if (!this.database.inTransaction()) throw new Error('An import joins the unit of work of its commit');
    if (programmes.length === 0) return;
    const rows = programmes.map((programme) => {
      const startDate = calendarDate(programme.startDate);
      const originalPlannedEnd = plannedEndOf(startDate, programme.durationMonths);
      const dropoutPhase =
        programme.status === 'dropped_out' && programme.endedOn !== null
          ? phaseOn({ startDate, placementStartDate: calendarDate(programme.placementStartDate), originalPlannedEnd }, calendarDate(programme.endedOn))
          : null;
      return {
        ...programme,
        cohort: cohortOf(calendarDate(programme.cohortStartDate)),
        originalPlannedEnd,
        plannedEnd: plannedEndOf(startDate, programme.durationMonths, programme.extensionMonths),
        dropoutPhase,
      };
    });
    const now = this.clock.now();
    await this.history.insertMany(rows, actor.userId, now);
    const entries: (AuditEntry & { at: Date })[] = [];
    const fields = ['candidateId', 'boardId', 'placementId', 'route', 'startDate', 'conductCertificateDate', 'cohort', 'plannedEnd', 'status'];
    for (const programme of rows) {
      const { id } = programme;
      entries.push({
        entity: ENTITY,
        entityId: id,
        action: 'start',
        changedFields: programme.previousProgrammeId ? [...fields, 'previousProgrammeId'] : fields,
        at: programme.at,
      });
      if (programme.extensionMonths > 0) {
        // One extension with the total months: the old spreadsheets kept the total, not each decision.
        const at = new Date(Math.min(programme.endedAt?.getTime() ?? Infinity, now.getTime()));
        await this.history.insertExtension(
          id,
          programme.extensionMonths,
          programme.extensionReason ?? '',
          programme.originalPlannedEnd,
          programme.plannedEnd,
          at,
          actor.userId,
        );
        entries.push({ entity: ENTITY, entityId: id, action: 'extend', changedFields: ['extensionMonths', 'plannedEnd'], at });
      }
      if (programme.subsidy !== null) {
        await this.history.insertSubsidy(programme.candidateId, id, programme.subsidy, programme.at);
        entries.push({
          entity: 'subsidy',
          entityId: id,
          action: 'update',
          changedFields: ['appliedOn', 'amount', 'decision', 'decidedOn', 'amountSpent'],
          at: programme.at,
        });
      }
      const outcome = OUTCOME_ACTIONS[programme.status];
      if (outcome !== undefined && programme.endedAt !== null) {
        const changedFields = programme.status === 'dropped_out' ? ['status', 'endedOn', 'dropoutReason', 'dropoutPhase'] : ['status', 'endedOn'];
        entries.push({ entity: ENTITY, entityId: id, action: outcome, changedFields, at: programme.endedAt });
      }
    }
    await this.audit.recordHistory(actor, entries);
    // R9: a running programme gets a coach by the same job as one the desk starts.
    const running = rows.filter((programme) => programme.status === 'running');
    await this.unitOfWork.enqueue(...running.map((programme) => ({ name: 'coaching.assign-coach' as const, data: { programmeId: programme.id } })));
  }
}
