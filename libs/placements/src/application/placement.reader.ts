import { Injectable } from '@nestjs/common';
import { NotFoundError, isCentralDesk, isUuid, type Actor } from '@app/shared';
import { CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { softLandingEndsOn, storedDate } from '../domain/placement.policy';
import { PlacementsRepository, type PlacementScope } from '../persistence/placements.repository';
import type { ActivePlacement, PlacementListQuery, PlacementRow, PlacementView } from './placement.views';

/**
 * Reading placements within the reader's scope (R14): the central desk all, a board user its own
 * board's; anything else answers 404. Other modules (programmes) read a candidate's active placement here.
 */
@Injectable()
export class PlacementReader {
  constructor(
    private readonly placements: PlacementsRepository,
    private readonly candidates: CandidateReader,
    private readonly organisations: OrganisationReader,
  ) {}

  /** The candidate's active placement (at most one), or null. */
  async activePlacement(candidateId: string): Promise<ActivePlacement | null> {
    const row = isUuid(candidateId) ? await this.placements.active(candidateId) : null;
    if (!row) return null;
    return {
      id: row.id,
      boardId: row.boardId,
      schoolId: row.schoolId,
      startDate: row.startDate,
      softLandingEndsOn: softLandingEndsOn(storedDate(row.startDate)),
      supernumerary: row.supernumerary,
    };
  }

  /** Every placement of a board, any status, newest start first. */
  placementsOf(boardId: string): Promise<PlacementRow[]> {
    return isUuid(boardId) ? this.placements.list({ kind: 'all' }, { boardId, schoolYear: null }) : Promise.resolve([]);
  }

  /** A board user lists its own board only (another board's id answers 404); the desk any board, or all. */
  async list(actor: Actor, query: PlacementListQuery): Promise<PlacementView[]> {
    const scope = scopeOf(actor);
    if (scope.kind === 'none' || (scope.kind === 'board' && query.boardId !== undefined && query.boardId !== scope.boardId)) throw new NotFoundError('board');
    const rows = await this.placements.list(scope, { boardId: query.boardId ?? null, schoolYear: query.schoolYear ?? null });
    return this.withNames(rows);
  }

  async get(actor: Actor, id: string): Promise<PlacementView> {
    const [view] = await this.withNames([await this.findVisible(actor, id)]);
    return view;
  }

  /** 404 for an unknown id and for another board's placement alike. */
  async findVisible(actor: Actor, id: string): Promise<PlacementRow> {
    const row = isUuid(id) ? await this.placements.find(id, scopeOf(actor)) : null;
    if (!row) throw new NotFoundError('placement');
    return row;
  }

  private async withNames(rows: PlacementRow[]): Promise<PlacementView[]> {
    if (rows.length === 0) return [];
    const [candidateNames, boardNames, schoolNames] = await Promise.all([
      this.candidates.names(rows.map((row) => row.candidateId)),
      this.organisations.boardNames(rows.map((row) => row.boardId)),
      this.organisations.schoolNames(rows.map((row) => row.schoolId)),
    ]);
    return rows.map((row) => ({
      ...row,
      candidateName: candidateNames.get(row.candidateId)?.name ?? '',
      candidateReference: candidateNames.get(row.candidateId)?.reference ?? '',
      boardName: boardNames.get(row.boardId) ?? '',
      schoolName: schoolNames.get(row.schoolId) ?? '',
      softLandingEndsOn: softLandingEndsOn(storedDate(row.startDate)),
    }));
  }
}

/** R14: the central desk sees every placement, a board user its own board's, anyone else none. */
function scopeOf(actor: Actor): PlacementScope {
  if (isCentralDesk(actor) || actor.role === 'system') return { kind: 'all' };
  if (actor.role === 'board' && actor.boardId) return { kind: 'board', boardId: actor.boardId };
  return { kind: 'none' };
}
