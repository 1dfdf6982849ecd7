import { Injectable } from '@nestjs/common';
import { NotFoundError, isCentralDesk, isUuid, type Actor } from '@app/shared';
import { CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { AssessmentsRepository, type AssessmentRow, type AssessmentScope } from '../persistence/assessments.repository';
import type { AssessmentListQuery, AssessmentView } from './assessment.views';

/** Reading suitability assessments within the reader's scope (R14); anything outside it answers 404. */
@Injectable()
export class AssessmentReader {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly candidates: CandidateReader,
    private readonly organisations: OrganisationReader,
  ) {}

  /** The candidate's assessments as far as the reader may see them; 404 when the candidate is out of scope. */
  async listForCandidate(actor: Actor, candidateId: string): Promise<AssessmentView[]> {
    await this.candidates.assertVisible(actor, candidateId);
    return this.withNames(actor, await this.assessments.listForCandidate(candidateId, scopeOf(actor, true)));
  }

  async list(actor: Actor, query: AssessmentListQuery): Promise<AssessmentView[]> {
    return this.withNames(actor, await this.assessments.list(scopeOf(actor), query.status ?? null));
  }

  async get(actor: Actor, assessmentId: string): Promise<AssessmentView> {
    const [view] = await this.withNames(actor, [await this.findVisible(actor, assessmentId)]);
    return view;
  }

  /** 404 for an unknown id and for another institute's or board's assessment alike. */
  async findVisible(actor: Actor, assessmentId: string): Promise<AssessmentRow> {
    const row = isUuid(assessmentId) ? await this.assessments.find(assessmentId, scopeOf(actor)) : null;
    if (!row) throw new NotFoundError('assessment');
    return row;
  }

  /**
   * Names from the modules that own them, for just the ids on the page: one query each. The
   * institute's motivation is for the central desk only (it may judge the candidate; boards never read it).
   */
  private async withNames(actor: Actor, rows: AssessmentRow[]): Promise<AssessmentView[]> {
    const desk = isCentralDesk(actor);
    if (rows.length === 0) return [];
    const [boardNames, instituteNames, candidateNames] = await Promise.all([
      this.organisations.boardNames(rows.map((row) => row.boardId)),
      this.organisations.instituteNames(rows.map((row) => row.instituteId)),
      this.candidates.names(rows.map((row) => row.candidateId)),
    ]);
    return rows.map((row) => ({
      ...row,
      motivation: desk ? row.motivation : null,
      candidateName: candidateNames.get(row.candidateId)?.name ?? '',
      candidateReference: candidateNames.get(row.candidateId)?.reference ?? '',
      boardName: boardNames.get(row.boardId) ?? '',
      instituteName: instituteNames.get(row.instituteId) ?? '',
    }));
  }
}

/**
 * Which assessments an actor sees (R14): the desk all, an institute and a board their own.
 * `wholeCandidate` is for a reader who already may see the candidate (a coach): all of its assessments.
 */
function scopeOf(actor: Actor, wholeCandidate = false): AssessmentScope {
  if (isCentralDesk(actor) || actor.role === 'system') return { kind: 'all' };
  if (actor.role === 'institute' && actor.instituteId) return { kind: 'institute', instituteId: actor.instituteId };
  if (actor.role === 'board' && actor.boardId) return { kind: 'board', boardId: actor.boardId };
  return wholeCandidate ? { kind: 'all' } : { kind: 'none' };
}
