import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, isCentralDesk, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { OrganisationReader } from '@app/organisations';
import { CapacityBelowUseError } from '../domain/placements.errors';
import { capacityStatus } from '../domain/placement.policy';
import { CapacityRepository, type CapacityRow } from '../persistence/capacity.repository';
import type { CapacityView } from './placement.views';

/**
 * R7: a board declares its supernumerary places per school year; a board user for their own board,
 * the central desk for any. Another board's capacity answers 404 (R14).
 */
@Injectable()
export class CapacityService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationReader,
    private readonly capacity: CapacityRepository,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, boardId: string, schoolYear: string): Promise<CapacityView> {
    const boardName = await this.boardInScope(actor, boardId);
    return view(boardId, boardName, schoolYear, await this.capacity.find(boardId, schoolYear));
  }

  /** Lowering below the places in use is refused (409) with how many are in use; the check and the write are one statement. */
  async declare(actor: Actor, boardId: string, schoolYear: string, places: number): Promise<CapacityView> {
    const boardName = await this.boardInScope(actor, boardId);
    const row = await this.unitOfWork.run(async () => {
      const declared = await this.capacity.declare(boardId, schoolYear, places, actor.userId, this.clock.now());
      if (!declared) throw new CapacityBelowUseError(schoolYear, (await this.capacity.find(boardId, schoolYear))?.used ?? 0);
      await this.audit.record(actor, { entity: 'board_capacity', entityId: `${boardId}/${schoolYear}`, action: 'declare', changedFields: ['places'] });
      return declared;
    });
    return view(boardId, boardName, schoolYear, row);
  }

  /** The board's name when the actor may see its capacity; 404 for another board and for none at all. */
  private async boardInScope(actor: Actor, boardId: string): Promise<string> {
    const mayAct = isCentralDesk(actor) || (actor.role === 'board' && actor.boardId === boardId);
    const board = mayAct ? await this.organisations.getBoard(boardId) : null;
    if (!board) throw new NotFoundError('board');
    return board.name;
  }
}

function view(boardId: string, boardName: string, schoolYear: string, row: CapacityRow | null): CapacityView {
  const places = row ? row.places : null;
  const used = row?.used ?? 0;
  return { boardId, boardName, schoolYear, places, used, status: capacityStatus(places, used) };
}
