import { Injectable } from '@nestjs/common';
import { Clock, calendarDate, type Actor } from '@app/shared';
import { Database, UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
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

  /** `previous`: the programme this one follows after a route switch (its id and cohort). */
  async importProgramme(
    actor: Actor,
    candidateId: string,
    programme: ImportedProgramme,
    previous: { id: string; cohort: string } | null,
  ): Promise<{ id: string; cohort: string }> {
    if (!this.database.inTransaction()) throw new Error('An import joins the unit of work of its commit');
    const startDate = calendarDate(programme.startDate);
    const originalPlannedEnd = plannedEndOf(startDate, programme.durationMonths);
    const plannedEnd = plannedEndOf(startDate, programme.durationMonths, programme.extensionMonths);
    const dropoutPhase =
      programme.status === 'dropped_out' && programme.endedOn !== null
        ? phaseOn({ startDate, placementStartDate: calendarDate(programme.placementStartDate), originalPlannedEnd }, calendarDate(programme.endedOn))
        : null;
    const cohort = previous?.cohort ?? cohortOf(startDate);
    const id = await this.history.insert({
      ...programme,
      candidateId,
      cohort,
      originalPlannedEnd,
      plannedEnd,
      dropoutPhase,
      previousProgrammeId: previous?.id ?? null,
      createdBy: actor.userId,
      now: this.clock.now(),
    });
    const fields = ['candidateId', 'boardId', 'placementId', 'route', 'startDate', 'conductCertificateDate', 'cohort', 'plannedEnd', 'status'];
    const entries = [
      { entity: ENTITY, entityId: id, action: 'start', changedFields: previous ? [...fields, 'previousProgrammeId'] : fields, at: programme.at },
    ];
    if (programme.extensionMonths > 0) {
      // One extension with the total months: the old spreadsheets kept the total, not each decision.
      const at = new Date(Math.min(programme.endedAt?.getTime() ?? Infinity, this.clock.now().getTime()));
      await this.history.insertExtension(id, programme.extensionMonths, programme.extensionReason ?? '', originalPlannedEnd, plannedEnd, at, actor.userId);
      entries.push({ entity: ENTITY, entityId: id, action: 'extend', changedFields: ['extensionMonths', 'plannedEnd'], at });
    }
    if (programme.subsidy !== null) {
      await this.history.insertSubsidy(candidateId, id, programme.subsidy, programme.at);
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
    await this.audit.recordHistory(actor, entries);
    if (programme.status === 'running') await this.unitOfWork.enqueue({ name: 'coaching.assign-coach', data: { programmeId: id } });
    return { id, cohort };
  }
}
