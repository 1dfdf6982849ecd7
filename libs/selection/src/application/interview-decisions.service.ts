import { Injectable } from '@nestjs/common';
import { Clock, ValidationFailedError, isCentralDesk, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateStageService } from '@app/candidates';
import { assertStarted, boardsWithoutPurpose } from '../domain/interview.policy';
import { BoardNotOnPanelError, InterviewNotFoundError } from '../domain/selection.errors';
import { InterviewsRepository } from '../persistence/interviews.repository';
import { InterviewReader } from './interview.reader';
import { InterviewsService } from './interviews.service';
import type { AdviceInput, InterviewView, OutcomeInput } from './interview.views';

/**
 * What comes out of a selection interview (R5): each board's own advice, and the overall outcome
 * recorded by the central desk, which moves the candidate on (passed) or rejects them.
 */
@Injectable()
export class InterviewDecisionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly stages: CandidateStageService,
    private readonly interviews: InterviewsRepository,
    private readonly planning: InterviewsService,
    private readonly reader: InterviewReader,
    private readonly clock: Clock,
  ) {}

  /**
   * A board user advises for the board of the session; the central desk names the board. Re-recording
   * overwrites. Only once the interview has started (409 before).
   */
  async recordAdvice(actor: Actor, id: string, input: AdviceInput): Promise<InterviewView> {
    const boardId = this.adviceBoard(actor, input.boardId);
    await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const current = await this.planning.lockScheduled(id);
      assertStarted(current.startsAt, this.clock.now());
      const recorded = await this.interviews.recordAdvice(id, boardId, input, actor.userId, this.clock.now());
      if (!recorded) throw isCentralDesk(actor) ? new BoardNotOnPanelError() : new InterviewNotFoundError();
      await this.audit.record(actor, {
        entity: 'selection_interview_board',
        entityId: `${id}/${boardId}`,
        action: 'record_advice',
        changedFields: ['advice', 'wouldEmploy', 'motivation'],
      });
    });
    return this.reader.get(actor, id);
  }

  /**
   * Only once the interview has started (409 before). positive → the candidate passes, and the
   * boards that advised negatively or would not employ them lose access; negative → the candidate
   * is rejected with the motivation as reason, which ends every board's access. Either way the
   * candidate is told by mail.
   */
  async recordOutcome(actor: Actor, id: string, input: OutcomeInput): Promise<InterviewView> {
    await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const current = await this.planning.lockScheduled(id);
      assertStarted(current.startsAt, this.clock.now());
      await this.interviews.recordOutcome(id, input, actor.userId, this.clock.now());
      if (input.outcome === 'positive') {
        await this.stages.change(actor, current.candidateId, 'pass_interview', null);
        await this.planning.revokeBoards(actor, current.candidateId, boardsWithoutPurpose(await this.interviews.advice(id)));
      } else {
        // The stage service ends the access of every board when it rejects (libs/candidates).
        await this.stages.change(actor, current.candidateId, 'reject', input.motivation);
      }
      await this.audit.record(actor, {
        entity: 'selection_interview',
        entityId: id,
        action: 'record_outcome',
        changedFields: ['status', 'outcome', 'outcomeMotivation'],
      });
      await this.unitOfWork.enqueue({ name: 'selection.outcome-mail', data: { interviewId: id } });
    });
    return this.reader.get(actor, id);
  }

  /** The board an advice is for: from the session for a board user (never from the body), given by the desk. */
  private adviceBoard(actor: Actor, requested: string | undefined): string {
    if (actor.role === 'board') {
      if (!actor.boardId || (requested !== undefined && requested !== actor.boardId)) throw new InterviewNotFoundError();
      return actor.boardId;
    }
    if (!isCentralDesk(actor)) throw new InterviewNotFoundError();
    if (!requested)
      throw new ValidationFailedError([{ field: 'boardId', message: 'Schoolbestuur is verplicht: geef aan voor welk schoolbestuur je het advies vastlegt.' }]);
    return requested;
  }
}
