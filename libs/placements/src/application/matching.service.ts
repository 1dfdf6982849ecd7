import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, ValidationFailedError, isCentralDesk, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateAccessService, CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { CandidateAlreadyPlacedError, CandidateNotPlaceableError, ProposalNotOpenError } from '../domain/placements.errors';
import { MATCHING_DISCLOSURE, PLACEABLE_STAGES, isPlaceableStage } from '../domain/placement.policy';
import { PlacementsRepository } from '../persistence/placements.repository';
import { ProposalsRepository } from '../persistence/proposals.repository';
import { MatchingReader } from './matching.reader';
import type { ProposalInput, ProposalView } from './placement.views';

const ENTITY = 'matching_proposal';

/**
 * Matching: the central desk proposes a candidate to a board (the board may then see the candidate,
 * recorded in the disclosure log with purpose `matching`, and is told by mail); the board accepts by
 * placing the candidate (PlacementsService) or declines with a reason.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly candidates: CandidateReader,
    private readonly access: CandidateAccessService,
    private readonly organisations: OrganisationReader,
    private readonly placements: PlacementsRepository,
    private readonly proposals: ProposalsRepository,
    private readonly reader: MatchingReader,
    private readonly clock: Clock,
  ) {}

  async propose(actor: Actor, input: ProposalInput): Promise<ProposalView> {
    if (!isCentralDesk(actor)) throw new NotFoundError('candidate');
    await this.candidates.assertVisible(actor, input.candidateId);
    const board = await this.organisations.getBoard(input.boardId);
    if (!board) throw new ValidationFailedError([{ field: 'boardId', message: 'Schoolbestuur: dit schoolbestuur bestaat niet (meer).' }]);
    const candidate = await this.candidates.contact(input.candidateId);
    if (!candidate) throw new NotFoundError('candidate');
    if (!isPlaceableStage(candidate.stage)) throw new CandidateNotPlaceableError(candidate.stage, PLACEABLE_STAGES);
    if (await this.placements.active(input.candidateId)) throw new CandidateAlreadyPlacedError();
    const id = await this.unitOfWork.run(async () => {
      const proposalId = await this.proposals.insert({
        candidateId: input.candidateId,
        boardId: input.boardId,
        note: input.note ?? null,
        proposedBy: actor.userId,
        now: this.clock.now(),
      });
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: proposalId,
        action: 'propose',
        changedFields: ['candidateId', 'boardId', 'status', ...(input.note ? ['note'] : [])],
      });
      await this.access.grant(actor, { candidateId: input.candidateId, partyKind: 'board', partyId: input.boardId, ...MATCHING_DISCLOSURE });
      await this.unitOfWork.enqueue({ name: 'placements.proposal-mail', data: { proposalId } });
      return proposalId;
    });
    return this.reader.get(actor, id);
  }

  /** The board (or the desk for it) declines with a reason; the board's matching access ends with it. */
  async decline(actor: Actor, id: string, reason: string): Promise<ProposalView> {
    const proposal = await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      if (!(await this.proposals.decline(id, reason, actor.userId, this.clock.now()))) throw new ProposalNotOpenError();
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'decline', changedFields: ['status', 'declineReason'] });
      await this.access.revoke(actor, proposal.candidateId, 'board', proposal.boardId, MATCHING_DISCLOSURE.purpose);
    });
    return this.reader.get(actor, id);
  }
}
