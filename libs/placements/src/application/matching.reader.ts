import { Injectable } from '@nestjs/common';
import { NotFoundError, isCentralDesk, isUuid, type Actor } from '@app/shared';
import { CandidateReader, type CandidateListItem } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { InterviewReader } from '@app/selection';
import { PLACEABLE_STAGES, type ProposalStatus } from '../domain/placement.policy';
import { PlacementsRepository } from '../persistence/placements.repository';
import { ProposalsRepository, type ProposalRow } from '../persistence/proposals.repository';
import type { PoolCandidateView, ProposalView } from './placement.views';

/** A region has tens of candidates waiting for a school: each stage's list is bounded far above that. */
const POOL_PER_STAGE = 1000;

/**
 * The matching pool (central desk only) and the proposals: the desk sees all, a board user only
 * those made to its own board (R14); anything else answers 404.
 */
@Injectable()
export class MatchingReader {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly placements: PlacementsRepository,
    private readonly candidates: CandidateReader,
    private readonly interviews: InterviewReader,
    private readonly organisations: OrganisationReader,
  ) {}

  /** Candidates from interview_passed on without an active placement, with the boards that would employ them and the proposals made. */
  async pool(actor: Actor): Promise<PoolCandidateView[]> {
    if (!isCentralDesk(actor)) throw new NotFoundError('pool');
    const lists = await Promise.all(PLACEABLE_STAGES.map((stage) => this.candidates.list(actor, { stage, limit: POOL_PER_STAGE })));
    const listed = lists.flatMap((list) => list.items);
    const placed = await this.placements.withActivePlacement(listed.map((candidate) => candidate.id));
    const waiting = listed.filter((candidate) => !placed.has(candidate.id));
    const ids = waiting.map((candidate) => candidate.id);
    const [employing, proposals] = await Promise.all([this.interviews.employingBoards(ids), this.proposals.forCandidates(ids)]);
    const boardNames = await this.organisations.boardNames([...[...employing.values()].flat(), ...proposals.map((proposal) => proposal.boardId)]);
    return waiting.map((candidate) => poolEntry(candidate, employing.get(candidate.id) ?? [], proposals, boardNames));
  }

  async list(actor: Actor, status: ProposalStatus | undefined): Promise<ProposalView[]> {
    return this.withNames(await this.proposals.list({ boardId: boardScope(actor), status: status ?? null }));
  }

  async get(actor: Actor, id: string): Promise<ProposalView> {
    const [view] = await this.withNames([await this.findVisible(actor, id)]);
    return view;
  }

  /** 404 for an unknown id and for a proposal to another board alike. */
  async findVisible(actor: Actor, id: string): Promise<ProposalRow> {
    const row = isUuid(id) ? await this.proposals.find(id, boardScope(actor)) : null;
    if (!row) throw new NotFoundError('proposal');
    return row;
  }

  private async withNames(rows: ProposalRow[]): Promise<ProposalView[]> {
    if (rows.length === 0) return [];
    const [candidateNames, boardNames] = await Promise.all([
      this.candidates.names(rows.map((row) => row.candidateId)),
      this.organisations.boardNames(rows.map((row) => row.boardId)),
    ]);
    return rows.map((row) => ({
      ...row,
      candidateName: candidateNames.get(row.candidateId)?.name ?? '',
      candidateReference: candidateNames.get(row.candidateId)?.reference ?? '',
      boardName: boardNames.get(row.boardId) ?? '',
    }));
  }
}

/** The desk sees every board's proposals (null: no filter); a board user its own; anyone else a board no proposal has. */
function boardScope(actor: Actor): string | null {
  if (isCentralDesk(actor) || actor.role === 'system') return null;
  if (actor.role === 'board' && actor.boardId) return actor.boardId;
  return '00000000-0000-0000-0000-000000000000';
}

function poolEntry(candidate: CandidateListItem, employing: string[], proposals: ProposalRow[], boardNames: Map<string, string>): PoolCandidateView {
  return {
    candidateId: candidate.id,
    name: `${candidate.firstName} ${candidate.lastName}`,
    reference: candidate.reference,
    stage: candidate.stage,
    region: candidate.region,
    employingBoards: employing.map((boardId) => ({ boardId, boardName: boardNames.get(boardId) ?? '' })),
    proposals: proposals
      .filter((proposal) => proposal.candidateId === candidate.id)
      .map((proposal) => ({ id: proposal.id, boardId: proposal.boardId, boardName: boardNames.get(proposal.boardId) ?? '', status: proposal.status })),
  };
}
