import { Injectable } from '@nestjs/common';
import { Clock, DomainError, calendarDate, type Actor } from '@app/shared';
import { Database } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateAccessService } from '@app/candidates';
import { PLACEMENT_DISCLOSURE, schoolYearOfStart } from '../domain/placement.policy';
import { PlacementHistoryRepository } from '../persistence/placement-history.repository';
import type { ImportedPlacement, ExportedPlacement } from './placement-history.views';

const ENTITY = 'placement';

/**
 * Import only (issue 15): capacity and placements of past years, inside the caller's unit of work.
 * A supernumerary placement takes its place in the school year of its start, also beyond the
 * declared places (history as it happened; the import warned and the year shows `over`).
 */
@Injectable()
export class PlacementHistoryService {
  constructor(
    private readonly database: Database,
    private readonly history: PlacementHistoryRepository,
    private readonly access: CandidateAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  capacityRows(): Promise<{ boardId: string; schoolYear: string; places: number; used: number }[]> {
    return this.history.capacityRows();
  }

  placementsOf(candidateId: string): Promise<{ id: string; boardId: string; startDate: string }[]> {
    return this.history.ofCandidate(candidateId);
  }

  /** Export only (issue 15): the placements of these candidates, cancelled ones left out. */
  exportRows(candidateIds: string[]): Promise<ExportedPlacement[]> {
    return this.history.exportRows(candidateIds);
  }

  async importCapacity(actor: Actor, boardId: string, schoolYear: string, places: number): Promise<void> {
    await this.history.declare(boardId, schoolYear, places, actor.userId, this.clock.now());
    await this.audit.record(actor, { entity: 'board_capacity', entityId: `${boardId}/${schoolYear}`, action: 'declare', changedFields: ['places'] });
  }

  async importPlacement(actor: Actor, candidateId: string, placement: ImportedPlacement): Promise<string> {
    if (!this.database.inTransaction()) throw new Error('An import joins the unit of work of its commit');
    const schoolYear = schoolYearOfStart(calendarDate(placement.startDate)).label;
    const id = await this.history.insert({ ...placement, candidateId, schoolYear, createdBy: actor.userId, now: this.clock.now() });
    if (placement.supernumerary && !(await this.history.takeHistoricalPlace(placement.boardId, schoolYear))) {
      throw new DomainError('imports.capacity_undeclared', 'conflict', `R7: geen gedeclareerde plaatsen voor ${schoolYear}; de plaatsing is niet ingelezen.`);
    }
    const entries = [
      {
        entity: ENTITY,
        entityId: id,
        action: 'place',
        changedFields: ['candidateId', 'boardId', 'schoolId', 'startDate', 'fte', 'supernumerary', 'schoolYear', 'status'],
        at: placement.at,
      },
    ];
    if (placement.endedAt !== null)
      entries.push({ entity: ENTITY, entityId: id, action: 'end_placement', changedFields: ['status', 'endedOn', 'endReason'], at: placement.endedAt });
    await this.audit.recordHistory(actor, entries);
    await this.access.grant(actor, { candidateId, partyKind: 'board', partyId: placement.boardId, ...PLACEMENT_DISCLOSURE });
    return id;
  }
}
