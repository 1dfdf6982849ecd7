import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, NotFoundError, ValidationFailedError, isCentralDesk, isUuid, type Actor, type FieldProblem } from '@app/shared';
import { Database, Outbox } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateAccessService, CandidatesService } from '@app/candidates';
import { OrganisationsService } from '@app/organisations';
import { AssessmentNotOpenError, OpenAssessmentExistsError } from '../domain/assessment.errors';
import { ASSESSMENT_DISCLOSURE, checkOutcome, checkOutcomeTiming, checkRequestDates, rejectionReason } from '../domain/assessment.policy';
import { calendarDateIn } from '../domain/calendar-date';
import type { AssessmentListQuery, AssessmentOutcomeInput, AssessmentRequestInput, AssessmentView } from './assessment.views';

type AssessmentRow = Omit<AssessmentView, 'boardName' | 'instituteName'>;

const ROW_COLUMNS = `a.id, a.candidate_id AS "candidateId", a.board_id AS "boardId", a.institute_id AS "instituteId",
  to_char(a.requested_on, 'YYYY-MM-DD') AS "requestedOn", to_char(a.planned_practice_day, 'YYYY-MM-DD') AS "plannedPracticeDay",
  a.status, a.outcome, to_char(a.decided_on, 'YYYY-MM-DD') AS "decidedOn", to_char(a.declaration_date, 'YYYY-MM-DD') AS "declarationDate",
  to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil", a.required_training AS "requiredTraining",
  a.required_support AS "requiredSupport", a.created_at AS "createdAt"`;

/** A list is bounded: a region has tens of assessments a year, so this is never reached in practice. */
const LIST_LIMIT = 1000;

/**
 * Which assessments an actor sees (R14): the desk all, an institute and a board their own.
 * `wholeCandidate` is for a reader who already may see the candidate (a coach): all of its assessments.
 */
function scopeCondition(actor: Actor, parameterIndex: number, wholeCandidate = false): { sql: string; parameters: unknown[] } {
  if (isCentralDesk(actor) || actor.role === 'system') return { sql: 'TRUE', parameters: [] };
  if (actor.role === 'institute' && actor.instituteId) return { sql: `a.institute_id = $${parameterIndex}`, parameters: [actor.instituteId] };
  if (actor.role === 'board' && actor.boardId) return { sql: `a.board_id = $${parameterIndex}`, parameters: [actor.boardId] };
  return { sql: wholeCandidate ? 'TRUE' : 'FALSE', parameters: [] };
}

/** R6: suitability assessments, requested for a board with an institute; one transaction per command. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly database: Database,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
    private readonly candidates: CandidatesService,
    private readonly access: CandidateAccessService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  /** Requests an assessment: the candidate moves to in_assessment and the institute and board get access. */
  async request(actor: Actor, candidateId: string, input: AssessmentRequestInput): Promise<AssessmentView> {
    const boardId = this.requestingBoard(actor, input.boardId);
    await this.candidates.assertVisible(actor, candidateId);
    await this.assertOrganisations(boardId, input.instituteId);
    checkRequestDates(input, calendarDateIn(this.clock.now()));
    const assessmentId = await this.database.transaction(async (manager) => {
      // The stage change locks the candidate first, so concurrent requests queue and all but one get 409.
      await this.candidates.changeStage(manager, actor, candidateId, 'start_assessment', null);
      const id = await this.insert(manager, actor, candidateId, boardId, input);
      await this.audit.record(manager, actor, {
        entity: 'suitability_assessment',
        entityId: id,
        action: 'request',
        changedFields: ['candidateId', 'boardId', 'instituteId', 'requestedOn', ...(input.plannedPracticeDay ? ['plannedPracticeDay'] : []), 'status'],
      });
      await this.access.grant(manager, actor, { candidateId, partyKind: 'institute', partyId: input.instituteId, ...ASSESSMENT_DISCLOSURE });
      await this.access.grant(manager, actor, { candidateId, partyKind: 'board', partyId: boardId, ...ASSESSMENT_DISCLOSURE });
      return id;
    });
    return this.view(assessmentId);
  }

  /** Records the outcome once: `suitable` passes the candidate, `not_suitable` rejects; the candidate is mailed. */
  async recordOutcome(actor: Actor, assessmentId: string, input: AssessmentOutcomeInput): Promise<AssessmentView> {
    await this.findInScope(actor, assessmentId);
    checkOutcome(input);
    const today = calendarDateIn(this.clock.now());
    const outboxIds = await this.database.transaction(async (manager) => {
      const [current]: { candidateId: string; status: string; requestedOn: string }[] = await manager.query(
        `SELECT candidate_id AS "candidateId", status, to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn"
         FROM suitability_assessments WHERE id = $1 FOR UPDATE`,
        [assessmentId],
      );
      if (!current) throw new NotFoundError('assessment');
      if (current.status !== 'requested') throw new AssessmentNotOpenError();
      checkOutcomeTiming(input, { today, requestedOn: current.requestedOn });
      await manager.query(
        `UPDATE suitability_assessments SET status = 'completed', outcome = $2, decided_on = $3, declaration_date = $4, valid_until = $5,
           required_training = $6, required_support = $7, motivation = $8, updated_at = $9, version = version + 1
         WHERE id = $1 AND status = 'requested'`,
        [assessmentId, input.outcome, input.decidedOn, input.declarationDate ?? null, input.validUntil ?? null, input.requiredTraining ?? null,
          input.requiredSupport ?? null, input.motivation ?? null, this.clock.now()],
      );
      if (input.outcome === 'suitable') {
        await this.candidates.changeStage(manager, actor, current.candidateId, 'pass_assessment', null);
      } else {
        await this.candidates.changeStage(manager, actor, current.candidateId, 'reject', rejectionReason(input.motivation));
      }
      await this.audit.record(manager, actor, { entity: 'suitability_assessment', entityId: assessmentId, action: 'record_outcome', changedFields: outcomeFields(input) });
      return this.outbox.add(manager, [{ name: 'assessment.outcome-mail', data: { assessmentId } }]);
    });
    this.outbox.dispatch(outboxIds);
    return this.view(assessmentId);
  }

  /** The candidate's assessments as far as the reader may see them; 404 when the candidate is out of scope. */
  async listForCandidate(actor: Actor, candidateId: string): Promise<AssessmentView[]> {
    await this.candidates.assertVisible(actor, candidateId);
    const scope = scopeCondition(actor, 2, true);
    const rows = await this.database.query<AssessmentRow>(
      `SELECT ${ROW_COLUMNS} FROM suitability_assessments a WHERE a.candidate_id = $1 AND ${scope.sql} ORDER BY a.created_at DESC, a.id DESC`,
      [candidateId, ...scope.parameters],
    );
    return this.withNames(rows);
  }

  async list(actor: Actor, query: AssessmentListQuery): Promise<AssessmentView[]> {
    const scope = scopeCondition(actor, 2);
    const rows = await this.database.query<AssessmentRow>(
      `SELECT ${ROW_COLUMNS} FROM suitability_assessments a WHERE ($1::text IS NULL OR a.status = $1) AND ${scope.sql}
       ORDER BY a.created_at DESC, a.id DESC LIMIT ${LIST_LIMIT}`,
      [query.status ?? null, ...scope.parameters],
    );
    return this.withNames(rows);
  }

  /** 404 for an unknown id and for another institute's or board's assessment alike. */
  private async findInScope(actor: Actor, assessmentId: string): Promise<AssessmentRow> {
    if (!isUuid(assessmentId)) throw new NotFoundError('assessment');
    const scope = scopeCondition(actor, 2);
    const [row] = await this.database.query<AssessmentRow>(`SELECT ${ROW_COLUMNS} FROM suitability_assessments a WHERE a.id = $1 AND ${scope.sql}`, [
      assessmentId,
      ...scope.parameters,
    ]);
    if (!row) throw new NotFoundError('assessment');
    return row;
  }

  private async view(assessmentId: string): Promise<AssessmentView> {
    const rows = await this.database.query<AssessmentRow>(`SELECT ${ROW_COLUMNS} FROM suitability_assessments a WHERE a.id = $1`, [assessmentId]);
    const [view] = await this.withNames(rows);
    if (!view) throw new NotFoundError('assessment');
    return view;
  }

  /** Names come from the organisations module, which owns them (a handful of rows). */
  private async withNames(rows: AssessmentRow[]): Promise<AssessmentView[]> {
    if (rows.length === 0) return [];
    const [boards, institutes] = await Promise.all([this.organisations.listBoards(), this.organisations.listInstitutes()]);
    const boardNames = new Map(boards.map((board) => [board.id, board.name]));
    const instituteNames = new Map(institutes.map((institute) => [institute.id, institute.name]));
    return rows.map((row) => ({ ...row, boardName: boardNames.get(row.boardId) ?? '', instituteName: instituteNames.get(row.instituteId) ?? '' }));
  }

  /** A board user requests for their own board (from the session); the desk names the board. */
  private requestingBoard(actor: Actor, boardId: string | undefined): string {
    if (actor.role === 'board') {
      if (!actor.boardId || (boardId && boardId !== actor.boardId)) throw new NotFoundError('board');
      return actor.boardId;
    }
    if (!isCentralDesk(actor)) throw new NotFoundError('candidate');
    if (!boardId) {
      throw new ValidationFailedError([{ field: 'boardId', message: 'boardId is verplicht: kies het schoolbestuur dat de kandidaat wil aannemen.' }]);
    }
    return boardId;
  }

  private async assertOrganisations(boardId: string, instituteId: string): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!isUuid(boardId) || !(await this.exists(() => this.organisations.getBoard(boardId)))) {
      problems.push({ field: 'boardId', message: 'boardId verwijst naar een onbekend schoolbestuur.' });
    }
    if (!isUuid(instituteId) || !(await this.exists(() => this.organisations.getInstitute(instituteId)))) {
      problems.push({ field: 'instituteId', message: 'instituteId verwijst naar een onbekende lerarenopleiding.' });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  private async exists(read: () => Promise<unknown>): Promise<boolean> {
    try {
      await read();
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }

  private async insert(manager: EntityManager, actor: Actor, candidateId: string, boardId: string, input: AssessmentRequestInput): Promise<string> {
    const now = this.clock.now();
    try {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO suitability_assessments (candidate_id, board_id, institute_id, requested_on, planned_practice_day, created_at, created_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $6) RETURNING id`,
        [candidateId, boardId, input.instituteId, input.requestedOn, input.plannedPracticeDay ?? null, now, actor.userId],
      );
      return row.id;
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === '23505' && constraint === 'suitability_assessments_open_key') throw new OpenAssessmentExistsError();
      throw error;
    }
  }
}

function outcomeFields(input: AssessmentOutcomeInput): string[] {
  const optional = { declarationDate: input.declarationDate, validUntil: input.validUntil, requiredTraining: input.requiredTraining, requiredSupport: input.requiredSupport, motivation: input.motivation };
  return ['status', 'outcome', 'decidedOn', ...Object.entries(optional).filter(([, value]) => value !== undefined && value !== null).map(([field]) => field)];
}
