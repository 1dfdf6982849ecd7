import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, ValidationFailedError, isCentralDesk, today, type Actor, type FieldProblem } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateAccessService, CandidateReader, CandidateStageService } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { AssessmentNotOpenError } from '../domain/assessment.errors';
import { ASSESSMENT_DISCLOSURE, checkOutcome, checkOutcomeTiming, checkRequestDates, rejectionReason } from '../domain/assessment.policy';
import { AssessmentsRepository } from '../persistence/assessments.repository';
import { AssessmentReader } from './assessment.reader';
import type { AssessmentOutcomeInput, AssessmentRequestInput, AssessmentView } from './assessment.views';

const ENTITY = 'suitability_assessment';

/** R6: suitability assessments, requested for a board with an institute; each command one unit of work. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly candidates: CandidateReader,
    private readonly stages: CandidateStageService,
    private readonly access: CandidateAccessService,
    private readonly organisations: OrganisationReader,
    private readonly assessments: AssessmentsRepository,
    private readonly reader: AssessmentReader,
    private readonly clock: Clock,
  ) {}

  /** Requests an assessment: the candidate moves to in_assessment, the institute and board get access, the institute a mail. */
  async request(actor: Actor, candidateId: string, input: AssessmentRequestInput): Promise<AssessmentView> {
    const boardId = this.requestingBoard(actor, input.boardId);
    await this.candidates.assertVisible(actor, candidateId);
    await this.assertOrganisations(boardId, input.instituteId);
    checkRequestDates(input, today(this.clock.now()));
    const assessmentId = await this.unitOfWork.run(async () => {
      // The stage change locks the candidate first, so concurrent requests queue and all but one get 409.
      await this.stages.change(actor, candidateId, 'start_assessment', null);
      const id = await this.assessments.insert({
        candidateId,
        boardId,
        instituteId: input.instituteId,
        requestedOn: input.requestedOn,
        plannedPracticeDay: input.plannedPracticeDay ?? null,
        createdBy: actor.userId,
        now: this.clock.now(),
      });
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: id,
        action: 'request',
        changedFields: ['candidateId', 'boardId', 'instituteId', 'requestedOn', ...(input.plannedPracticeDay ? ['plannedPracticeDay'] : []), 'status'],
      });
      await this.access.grant(actor, { candidateId, partyKind: 'institute', partyId: input.instituteId, ...ASSESSMENT_DISCLOSURE });
      await this.access.grant(actor, { candidateId, partyKind: 'board', partyId: boardId, ...ASSESSMENT_DISCLOSURE });
      await this.unitOfWork.enqueue({ name: 'assessment.request-mail', data: { assessmentId: id } });
      return id;
    });
    return this.reader.get(actor, assessmentId);
  }

  /** Records the outcome once: `suitable` passes the candidate, `not_suitable` rejects; the candidate is mailed. */
  async recordOutcome(actor: Actor, assessmentId: string, input: AssessmentOutcomeInput): Promise<AssessmentView> {
    await this.reader.findVisible(actor, assessmentId);
    checkOutcome(input);
    const day = today(this.clock.now());
    await this.unitOfWork.run(async () => {
      const current = await this.assessments.lock(assessmentId);
      if (!current) throw new NotFoundError('assessment');
      if (current.status !== 'requested') throw new AssessmentNotOpenError();
      checkOutcomeTiming(input, { today: day, requestedOn: current.requestedOn });
      await this.assessments.complete(assessmentId, input, this.clock.now());
      if (input.outcome === 'suitable') {
        await this.stages.change(actor, current.candidateId, 'pass_assessment', null);
      } else {
        await this.stages.change(actor, current.candidateId, 'reject', rejectionReason(input.motivation));
      }
      await this.audit.record(actor, { entity: ENTITY, entityId: assessmentId, action: 'record_outcome', changedFields: outcomeFields(input) });
      await this.unitOfWork.enqueue({ name: 'assessment.outcome-mail', data: { assessmentId } });
    });
    return this.reader.get(actor, assessmentId);
  }

  /** A board user requests for their own board (from the session); the desk names the board. */
  private requestingBoard(actor: Actor, boardId: string | undefined): string {
    if (actor.role === 'board') {
      if (!actor.boardId || (boardId && boardId !== actor.boardId)) throw new NotFoundError('board');
      return actor.boardId;
    }
    if (!isCentralDesk(actor)) throw new NotFoundError('candidate');
    if (!boardId) {
      throw new ValidationFailedError([{ field: 'boardId', message: 'Schoolbestuur is verplicht: kies het schoolbestuur dat de kandidaat wil aannemen.' }]);
    }
    return boardId;
  }

  private async assertOrganisations(boardId: string, instituteId: string): Promise<void> {
    const [board, institute] = await Promise.all([this.organisations.getBoard(boardId), this.organisations.getInstitute(instituteId)]);
    const problems: FieldProblem[] = [];
    if (!board) problems.push({ field: 'boardId', message: 'Schoolbestuur bestaat niet.' });
    if (!institute) problems.push({ field: 'instituteId', message: 'Lerarenopleiding bestaat niet.' });
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }
}

function outcomeFields(input: AssessmentOutcomeInput): string[] {
  const optional = {
    declarationDate: input.declarationDate,
    validUntil: input.validUntil,
    requiredTraining: input.requiredTraining,
    requiredSupport: input.requiredSupport,
    motivation: input.motivation,
  };
  return [
    'status',
    'outcome',
    'decidedOn',
    ...Object.entries(optional)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([field]) => field),
  ];
}
