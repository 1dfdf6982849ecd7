import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, ValidationFailedError, calendarDate, isCentralDesk, today, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateAccessService, CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import {
  ActivePlacementExistsError,
  CandidateNotPlaceableError,
  CapacityExhaustedError,
  PlacementNotActiveError,
  PlacementNotStartedError,
  PlacementStartedError,
} from '../domain/placements.errors';
import {
  MATCHING_DISCLOSURE,
  PLACEABLE_STAGES,
  PLACEMENT_DISCLOSURE,
  checkEnd,
  isPlaceableStage,
  isValidFte,
  schoolYearOfStart,
} from '../domain/placement.policy';
import { CapacityRepository } from '../persistence/capacity.repository';
import { PlacementsRepository } from '../persistence/placements.repository';
import { ProposalsRepository } from '../persistence/proposals.repository';
import { PlacementReader } from './placement.reader';
import type { PlacementInput, PlacementView } from './placement.views';

const ENTITY = 'placement';

/**
 * R7: placing a candidate at a school of a board, cancelling before the start and ending. A
 * supernumerary placement takes one of the board's places in the school year of its start date
 * through the counter row's conditional update, so the declared places are never exceeded.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly candidates: CandidateReader,
    private readonly access: CandidateAccessService,
    private readonly organisations: OrganisationReader,
    private readonly placements: PlacementsRepository,
    private readonly capacity: CapacityRepository,
    private readonly proposals: ProposalsRepository,
    private readonly reader: PlacementReader,
    private readonly clock: Clock,
  ) {}

  /** Places the candidate; an open proposal to the board is accepted by it, those to other boards are withdrawn. */
  async place(actor: Actor, input: PlacementInput): Promise<PlacementView> {
    if (!isValidFte(input.fte)) throw new ValidationFailedError([{ field: 'fte', message: 'FTE moet tussen 0,1 en 1,0 liggen, in stappen van 0,1.' }]);
    const boardId = await this.schoolBoard(actor, input.schoolId);
    await this.candidates.assertVisible(actor, input.candidateId);
    const candidate = await this.candidates.contact(input.candidateId);
    if (!candidate) throw new NotFoundError('candidate');
    if (!isPlaceableStage(candidate.stage)) throw new CandidateNotPlaceableError(candidate.stage, PLACEABLE_STAGES);
    const schoolYear = schoolYearOfStart(calendarDate(input.startDate)).label;
    const id = await this.unitOfWork.run(async () => {
      if (await this.placements.active(input.candidateId)) throw new ActivePlacementExistsError();
      const now = this.clock.now();
      const placementId = await this.placements.insert({ ...input, boardId, schoolYear, holdsPlace: input.supernumerary, createdBy: actor.userId, now });
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: placementId,
        action: 'place',
        changedFields: ['candidateId', 'boardId', 'schoolId', 'startDate', 'fte', 'supernumerary', 'schoolYear', 'status'],
      });
      await this.access.grant(actor, { candidateId: input.candidateId, partyKind: 'board', partyId: boardId, ...PLACEMENT_DISCLOSURE });
      await this.closeProposals(actor, input.candidateId, boardId, placementId, now);
      // Last, so the counter row stays locked only until the commit that follows.
      if (input.supernumerary) await this.takePlace(boardId, schoolYear);
      return placementId;
    });
    return this.reader.get(actor, id);
  }

  /** Before the start date only; a supernumerary placement gives its place back. */
  async cancel(actor: Actor, id: string, reason: string): Promise<PlacementView> {
    await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const current = await this.lockActive(id);
      if (current.startDate <= today(this.clock.now())) throw new PlacementStartedError(current.startDate);
      await this.placements.cancel(id, reason, this.clock.now());
      if (current.holdsPlace) await this.capacity.release(current.boardId, current.schoolYear);
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: id,
        action: 'cancel',
        changedFields: ['status', 'holdsPlace', 'cancelledAt', 'cancellationReason'],
      });
      // Entered by mistake or the candidate withdrew: the board has no purpose left with the data.
      await this.access.revoke(actor, current.candidateId, 'board', current.boardId, PLACEMENT_DISCLOSURE.purpose);
    });
    return this.reader.get(actor, id);
  }

  /** From the start date on; the place stays taken for the school year (R7). */
  async end(actor: Actor, id: string, endedOn: string, reason: string): Promise<PlacementView> {
    await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const current = await this.lockActive(id);
      const day = today(this.clock.now());
      if (day < current.startDate) throw new PlacementNotStartedError(current.startDate);
      checkEnd(calendarDate(endedOn), { startDate: current.startDate, today: day });
      await this.placements.end(id, endedOn, reason, this.clock.now());
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'end_placement', changedFields: ['status', 'endedOn', 'endReason'] });
    });
    return this.reader.get(actor, id);
  }

  private async lockActive(id: string) {
    const current = await this.placements.lock(id);
    if (!current) throw new NotFoundError('placement');
    if (current.status !== 'active') throw new PlacementNotActiveError();
    return current;
  }

  private async takePlace(boardId: string, schoolYear: string): Promise<void> {
    if (await this.capacity.take(boardId, schoolYear)) return;
    const declared = await this.capacity.find(boardId, schoolYear);
    throw new CapacityExhaustedError(schoolYear, declared?.places ?? null, declared?.used ?? 0);
  }

  /** The board of the school; a board user places at its own board's schools only (another's answers 404). */
  private async schoolBoard(actor: Actor, schoolId: string): Promise<string> {
    const school = await this.organisations.getSchool(schoolId);
    if (!school) throw new ValidationFailedError([{ field: 'schoolId', message: 'School: deze school bestaat niet (meer).' }]);
    if (isCentralDesk(actor)) return school.boardId;
    if (actor.role === 'board' && actor.boardId === school.boardId) return school.boardId;
    throw new NotFoundError('school');
  }

  private async closeProposals(actor: Actor, candidateId: string, boardId: string, placementId: string, now: Date): Promise<void> {
    const closed = await this.proposals.closeForPlacement(candidateId, boardId, placementId, actor.userId, now);
    for (const proposal of closed) {
      await this.audit.record(actor, {
        entity: 'matching_proposal',
        entityId: proposal.id,
        action: proposal.status === 'accepted' ? 'accept' : 'withdraw',
        changedFields: proposal.status === 'accepted' ? ['status', 'placementId'] : ['status'],
      });
      // Placed elsewhere: the other boards proposed to have no purpose left with the data.
      if (proposal.status === 'withdrawn') await this.access.revoke(actor, candidateId, 'board', proposal.boardId, MATCHING_DISCLOSURE.purpose);
    }
  }
}
