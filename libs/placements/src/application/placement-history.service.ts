import { Injectable } from '@nestjs/common';
import { Clock, DomainError, calendarDate, type Actor } from '@app/shared';
import { Database } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateHistoryService } from '@app/candidates';
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
    private readonly candidates: CandidateHistoryService,
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

  /** Many placements at once; a supernumerary one takes its place in the school year of its start. */
  async importPlacements(actor: Actor, placements: ImportedPlacement[]): Promise<void> {
    if (!this.database.inTransaction()) throw new Error('An import joins the unit of work of its commit');
    if (placements.length === 0) return;
    const rows = placements.map((placement) => ({ ...placement, schoolYear: schoolYearOfStart(calendarDate(placement.startDate)).label }));
    await this.history.insertMany(rows, actor.userId, this.clock.now());
    const places = new Map<string, { boardId: string; schoolYear: string; count: number }>();
    for (const row of rows.filter((placement) => placement.supernumerary)) {
      const key = `${row.boardId}/${row.schoolYear}`;
      places.set(key, { boardId: row.boardId, schoolYear: row.schoolYear, count: (places.get(key)?.count ?? 0) + 1 });
    }
    for (const { boardId, schoolYear, count } of places.values()) {
      if (!(await this.history.takeHistoricalPlaces(boardId, schoolYear, count))) {
        throw new DomainError(
          'imports.capacity_undeclared',
          'conflict',
          `R7: geen gedeclareerde plaatsen voor ${schoolYear}; de plaatsingen zijn niet ingelezen.`,
        );
      }
    }
    const fields = ['candidateId', 'boardId', 'schoolId', 'startDate', 'fte', 'supernumerary', 'schoolYear', 'status'];
    await this.audit.recordHistory(
      actor,
      placements.flatMap((placement) => [
        { entity: ENTITY, entityId: placement.id, action: 'place', changedFields: fields, at: placement.at },
        ...(placement.endedAt === null
          ? []
          : [{ entity: ENTITY, entityId: placement.id, action: 'end_placement', changedFields: ['status', 'endedOn', 'endReason'], at: placement.endedAt }]),
      ]),
    );
    await this.candidates.importGrants(
      actor,
      placements.map((placement) => ({ candidateId: placement.candidateId, partyKind: 'board' as const, partyId: placement.boardId, ...PLACEMENT_DISCLOSURE })),
    );
  }
}
