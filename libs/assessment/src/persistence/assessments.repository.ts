import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/infra';
import type { CalendarDate } from '@app/shared';
import { OpenAssessmentExistsError } from '../domain/assessment.errors';
import type { AssessmentOutcome, AssessmentStatus } from '../domain/assessment.policy';
import type { AssessmentOutcomeInput, AssessmentView } from '../application/assessment.views';

/** An assessment as stored; the names of board, institute and candidate come from their modules. */
export type AssessmentRow = Omit<AssessmentView, 'boardName' | 'instituteName' | 'candidateName' | 'candidateReference'>;

/**
 * Which assessments a reader sees (R14): all of them (the central desk, the system, or a reader
 * who may already see the whole candidate), those of one institute or one board, or none.
 */
export type AssessmentScope = { kind: 'all' } | { kind: 'institute'; instituteId: string } | { kind: 'board'; boardId: string } | { kind: 'none' };

export interface NewAssessment {
  candidateId: string;
  boardId: string;
  instituteId: string;
  requestedOn: string;
  plannedPracticeDay: string | null;
  createdBy: string | null;
  now: Date;
}

/** What the outcome mail is written from. */
export interface OutcomeFacts {
  candidateId: string;
  instituteId: string;
  outcome: AssessmentOutcome | null;
  declarationDate: string | null;
  validUntil: string | null;
  requiredTraining: string | null;
  requiredSupport: string | null;
}

export interface OverdueAssessment {
  id: string;
  candidateId: string;
  boardId: string;
  instituteId: string;
  requestedOn: string;
}

const ROW_COLUMNS = `a.id, a.candidate_id AS "candidateId", a.board_id AS "boardId", a.institute_id AS "instituteId",
  to_char(a.requested_on, 'YYYY-MM-DD') AS "requestedOn", to_char(a.planned_practice_day, 'YYYY-MM-DD') AS "plannedPracticeDay",
  a.status, a.outcome, to_char(a.decided_on, 'YYYY-MM-DD') AS "decidedOn", to_char(a.declaration_date, 'YYYY-MM-DD') AS "declarationDate",
  to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil", a.required_training AS "requiredTraining",
  a.required_support AS "requiredSupport", a.motivation, a.created_at AS "createdAt"`;

/** The scope is always parameters $2–$4: see all, the institute's id, the board's id (NULL matches nothing). */
const IN_SCOPE = `($2::boolean OR a.institute_id = $3::uuid OR a.board_id = $4::uuid)`;

function scopeParameters(scope: AssessmentScope): [boolean, string | null, string | null] {
  return [scope.kind === 'all', scope.kind === 'institute' ? scope.instituteId : null, scope.kind === 'board' ? scope.boardId : null];
}

/** A list is bounded: a region has tens of assessments a year, so this is never reached in practice. */
const LIST_LIMIT = 1000;

/** The suitability_assessments table: all SQL of the assessment module. */
@Injectable()
export class AssessmentsRepository {
  constructor(private readonly database: Database) {}

  async find(id: string, scope: AssessmentScope): Promise<AssessmentRow | null> {
    const [row] = await this.database.query<AssessmentRow>(`SELECT ${ROW_COLUMNS} FROM suitability_assessments a WHERE a.id = $1 AND ${IN_SCOPE}`, [
      id,
      ...scopeParameters(scope),
    ]);
    return row ?? null;
  }

  list(scope: AssessmentScope, status: AssessmentStatus | null): Promise<AssessmentRow[]> {
    return this.database.query<AssessmentRow>(
      `SELECT ${ROW_COLUMNS} FROM suitability_assessments a WHERE ($1::text IS NULL OR a.status = $1) AND ${IN_SCOPE}
       ORDER BY a.created_at DESC, a.id DESC LIMIT $5`,
      [status, ...scopeParameters(scope), LIST_LIMIT],
    );
  }

  listForCandidate(candidateId: string, scope: AssessmentScope): Promise<AssessmentRow[]> {
    return this.database.query<AssessmentRow>(
      `SELECT ${ROW_COLUMNS} FROM suitability_assessments a WHERE a.candidate_id = $1 AND ${IN_SCOPE} ORDER BY a.created_at DESC, a.id DESC`,
      [candidateId, ...scopeParameters(scope)],
    );
  }

  /** Refuses a second open assessment for the candidate (the partial unique index). */
  async insert(assessment: NewAssessment): Promise<string> {
    const rows = await this.database
      .query<{ id: string }>(
        `INSERT INTO suitability_assessments (candidate_id, board_id, institute_id, requested_on, planned_practice_day, created_at, created_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $6) RETURNING id`,
        [
          assessment.candidateId,
          assessment.boardId,
          assessment.instituteId,
          assessment.requestedOn,
          assessment.plannedPracticeDay,
          assessment.now,
          assessment.createdBy,
        ],
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'suitability_assessments_open_key')) throw new OpenAssessmentExistsError();
        throw error;
      });
    return rows[0].id;
  }

  /** Locks the assessment until the unit of work ends: outcomes of one assessment take turns. */
  async lock(id: string): Promise<{ candidateId: string; status: AssessmentStatus; requestedOn: string } | null> {
    const [row] = await this.database.query<{ candidateId: string; status: AssessmentStatus; requestedOn: string }>(
      `SELECT candidate_id AS "candidateId", status, to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn"
       FROM suitability_assessments WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async complete(id: string, input: AssessmentOutcomeInput, now: Date): Promise<void> {
    await this.database.query(
      `UPDATE suitability_assessments SET status = 'completed', outcome = $2, decided_on = $3, declaration_date = $4, valid_until = $5,
         required_training = $6, required_support = $7, motivation = $8, updated_at = $9, version = version + 1
       WHERE id = $1 AND status = 'requested'`,
      [
        id,
        input.outcome,
        input.decidedOn,
        input.declarationDate ?? null,
        input.validUntil ?? null,
        input.requiredTraining ?? null,
        input.requiredSupport ?? null,
        input.motivation ?? null,
        now,
      ],
    );
  }

  async outcomeFacts(id: string): Promise<OutcomeFacts | null> {
    const [row] = await this.database.query<OutcomeFacts>(
      `SELECT candidate_id AS "candidateId", institute_id AS "instituteId", outcome,
         to_char(declaration_date, 'YYYY-MM-DD') AS "declarationDate", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil",
         required_training AS "requiredTraining", required_support AS "requiredSupport"
       FROM suitability_assessments WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Open assessments requested on or before the given day, oldest first. */
  overdue(requestedOnOrBefore: CalendarDate): Promise<OverdueAssessment[]> {
    return this.database.query<OverdueAssessment>(
      `SELECT id, candidate_id AS "candidateId", board_id AS "boardId", institute_id AS "instituteId", to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn"
       FROM suitability_assessments
       WHERE status = 'requested' AND requested_on <= $1::date
       ORDER BY requested_on, id`,
      [requestedOnOrBefore],
    );
  }
}
