import { Injectable } from '@nestjs/common';
import { NotFoundError, type Actor } from '@app/shared';
import { CandidateReader } from '@app/candidates';
import { PlacementReader } from '@app/placements';
import { ProgrammesRepository } from '../persistence/programmes.repository';
import { scopeOf } from './programme.reader';
import type { ReadyCandidateView } from './programme.views';

/** The stages of a placed candidate on the way to a programme. */
const WAITING_STAGES = ['interview_passed', 'in_assessment', 'assessment_passed'];

/**
 * Placed candidates without a programme yet, within the reader's scope: the list the desk and the
 * boards start programmes from (those still in assessment show what they wait for).
 */
@Injectable()
export class ReadyToStartReader {
  constructor(
    private readonly placements: PlacementReader,
    private readonly candidates: CandidateReader,
    private readonly programmes: ProgrammesRepository,
  ) {}

  async list(actor: Actor): Promise<ReadyCandidateView[]> {
    if (scopeOf(actor).kind === 'none') throw new NotFoundError('board');
    const active = (await this.placements.list(actor, {})).filter((placement) => placement.status === 'active');
    const started = await this.programmes.withProgramme(active.map((placement) => placement.candidateId));
    const waiting = active.filter((placement) => !started.has(placement.candidateId));
    const stages = await Promise.all(waiting.map(async (placement) => (await this.candidates.contact(placement.candidateId))?.stage ?? null));
    return waiting.flatMap((placement, index) => {
      const stage = stages[index];
      if (stage === null || !WAITING_STAGES.includes(stage)) return [];
      return [
        {
          candidateId: placement.candidateId,
          candidateName: placement.candidateName,
          candidateReference: placement.candidateReference,
          stage,
          placementId: placement.id,
          boardId: placement.boardId,
          boardName: placement.boardName,
          placementStartDate: placement.startDate,
        },
      ];
    });
  }
}
