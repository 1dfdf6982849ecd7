import { Injectable } from '@nestjs/common';
import { Clock, ValidationFailedError, type Actor } from '@app/shared';
import { UnitOfWork, type JobRequest } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateAccessService, CandidateReader, CandidateStageService, StageConflictError } from '@app/candidates';
import {
  INTERVIEW_DURATION,
  PANEL_DISCLOSED,
  PANEL_PURPOSE,
  assertScheduled,
  checkDuration,
  checkPanel,
  interviewStart,
  panelChange,
  type Panel,
} from '../domain/interview.policy';
import { InterviewNotFoundError } from '../domain/selection.errors';
import { InterviewsRepository, type InterviewRow } from '../persistence/interviews.repository';
import { InterviewReader } from './interview.reader';
import type { InterviewView, RescheduleInterviewInput, ScheduleInterviewInput } from './interview.views';
import { PanelMembers } from './panel-members.service';

const ENTITY = 'selection_interview';
const RESCHEDULE_FIELDS = ['startsAt', 'durationMinutes', 'location', 'staffUserIds', 'boards'] as const;

/**
 * Planning joint selection interviews (R5): schedule, reschedule and cancel. Each command is one
 * unit of work: interview and panel rows, the candidate's stage, the boards' access grants (the
 * disclosure log), audit and the invitation jobs, which are queued after commit.
 */
@Injectable()
export class InterviewsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly candidates: CandidateReader,
    private readonly stages: CandidateStageService,
    private readonly access: CandidateAccessService,
    private readonly interviews: InterviewsRepository,
    private readonly reader: InterviewReader,
    private readonly panelMembers: PanelMembers,
    private readonly clock: Clock,
  ) {}

  async schedule(actor: Actor, candidateId: string, input: ScheduleInterviewInput): Promise<InterviewView> {
    await this.candidates.assertVisible(actor, candidateId);
    const startsAt = interviewStart(input.startsAt, this.clock.now());
    const durationMinutes = input.durationMinutes ?? INTERVIEW_DURATION.default;
    checkDuration(durationMinutes);
    const panel: Panel = { staffUserIds: input.staffUserIds, boards: input.boards };
    checkPanel(panel);
    await this.panelMembers.verifyStaff(panel.staffUserIds);
    await this.panelMembers.verifyBoards(panel.boards);
    const id = await this.unitOfWork.run(async () => {
      await this.stages.change(actor, candidateId, 'schedule_interview', null);
      const now = this.clock.now();
      const interviewId = await this.interviews.insert({ candidateId, startsAt, durationMinutes, location: input.location, createdBy: actor.userId, now });
      await this.interviews.replaceStaff(interviewId, panel.staffUserIds);
      await this.interviews.replaceBoards(interviewId, panel.boards);
      await this.grantBoards(
        actor,
        candidateId,
        panel.boards.map((board) => board.boardId),
      );
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: interviewId,
        action: 'schedule',
        changedFields: ['candidateId', 'startsAt', 'durationMinutes', 'location', 'staffUserIds', 'boards'],
      });
      await this.unitOfWork.enqueue({ name: 'selection.interview-invitation', data: { interviewId, sequence: 0 } });
      return interviewId;
    });
    return this.reader.get(actor, id);
  }

  /** Sends an update (same UID, higher SEQUENCE) to the new panel and a cancellation to those taken off it. */
  async reschedule(actor: Actor, id: string, input: RescheduleInterviewInput): Promise<InterviewView> {
    await this.reader.findVisible(actor, id);
    // null counts as "not given", as the request validation treats it.
    const changedFields = RESCHEDULE_FIELDS.filter((field) => input[field] !== undefined && input[field] !== null);
    if (changedFields.length === 0) {
      const message = 'Geef minstens één wijziging: datum en tijd, duur, locatie, medewerkers of schoolbesturen in het panel.';
      throw new ValidationFailedError(
        RESCHEDULE_FIELDS.map((field) => ({ field, message })),
        message,
      );
    }
    const startsAt = input.startsAt == null ? undefined : interviewStart(input.startsAt, this.clock.now());
    if (input.durationMinutes != null) checkDuration(input.durationMinutes);
    if (input.staffUserIds) await this.panelMembers.verifyStaff(input.staffUserIds);
    if (input.boards) await this.panelMembers.verifyBoards(input.boards);
    await this.unitOfWork.run(async () => {
      const current = await this.lockScheduled(id);
      const before = await this.interviews.panel(id);
      const after: Panel = { staffUserIds: input.staffUserIds ?? before.staffUserIds, boards: input.boards ?? before.boards };
      checkPanel(after);
      const change = panelChange(before, after);
      const changes = { startsAt, durationMinutes: input.durationMinutes ?? undefined, location: input.location ?? undefined };
      const sequence = await this.interviews.reschedule(id, changes, this.clock.now());
      if (input.staffUserIds) await this.interviews.replaceStaff(id, after.staffUserIds);
      if (input.boards) await this.interviews.replaceBoards(id, after.boards);
      await this.interviews.recordRemovals(id, sequence, change.removedUserIds);
      await this.revokeBoards(actor, current.candidateId, change.removedBoardIds);
      await this.grantBoards(actor, current.candidateId, change.addedBoardIds);
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'reschedule', changedFields: [...changedFields, 'sequence'] });
      const jobs: JobRequest[] = [{ name: 'selection.interview-invitation', data: { interviewId: id, sequence } }];
      if (change.removedUserIds.length > 0) jobs.push({ name: 'selection.interview-cancellation', data: { interviewId: id, sequence } });
      await this.unitOfWork.enqueue(...jobs);
    });
    return this.reader.get(actor, id);
  }

  /** Cancels the interview: the candidate goes back to screening and everyone gets a METHOD:CANCEL. */
  async cancel(actor: Actor, id: string, reason: string): Promise<InterviewView> {
    await this.reader.findVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const current = await this.lockScheduled(id);
      const panel = await this.interviews.panel(id);
      const sequence = await this.interviews.cancel(id, reason, this.clock.now());
      await this.stages.change(actor, current.candidateId, 'cancel_interview', reason).catch((error: unknown) => {
        // The desk may have closed the dossier meanwhile (withdrawn, rejected): the panel must still hear of it.
        if (!(error instanceof StageConflictError)) throw error;
      });
      await this.revokeBoards(
        actor,
        current.candidateId,
        panel.boards.map((board) => board.boardId),
      );
      await this.audit.record(actor, {
        entity: ENTITY,
        entityId: id,
        action: 'cancel',
        changedFields: ['status', 'cancelledAt', 'cancellationReason', 'sequence'],
      });
      await this.unitOfWork.enqueue({ name: 'selection.interview-cancellation', data: { interviewId: id, sequence } });
    });
    return this.reader.get(actor, id);
  }

  /** The interview row, locked until the unit of work ends, when it is still planned. */
  async lockScheduled(id: string): Promise<InterviewRow> {
    const row = await this.interviews.lock(id);
    if (!row) throw new InterviewNotFoundError();
    assertScheduled(row.status);
    return row;
  }

  async grantBoards(actor: Actor, candidateId: string, boardIds: string[]): Promise<void> {
    for (const boardId of boardIds) {
      await this.access.grant(actor, { candidateId, partyKind: 'board', partyId: boardId, purpose: PANEL_PURPOSE, disclosed: PANEL_DISCLOSED });
    }
  }

  async revokeBoards(actor: Actor, candidateId: string, boardIds: string[]): Promise<void> {
    for (const boardId of boardIds) await this.access.revoke(actor, candidateId, 'board', boardId, PANEL_PURPOSE);
  }
}
