import { Injectable } from '@nestjs/common';
import { NotFoundError, SYSTEM_ACTOR } from '@app/shared';
import { Database, type JobHandler, type JobMap } from '@app/infra';
import { CandidatesService } from '@app/candidates';
import { OrganisationsService } from '@app/organisations';
import { NotificationsService } from '@app/notifications';
import type { AssessmentOutcome } from '../domain/assessment.policy';
import { assessmentOutcomeMail } from './assessment-mails';

interface OutcomeRow {
  candidateId: string;
  instituteId: string;
  outcome: AssessmentOutcome | null;
  declarationDate: string | null;
  validUntil: string | null;
  requiredTraining: string | null;
  requiredSupport: string | null;
}

/**
 * Tells the candidate the outcome of their suitability assessment.
 * Idempotent: NotificationsService sends once per (kind, assessment, outcome, recipient); an
 * assessment without outcome, or a candidate erased meanwhile, is skipped.
 */
@Injectable()
export class AssessmentOutcomeMailHandler implements JobHandler<'assessment.outcome-mail'> {
  readonly jobName = 'assessment.outcome-mail' as const;

  constructor(
    private readonly database: Database,
    private readonly candidates: CandidatesService,
    private readonly organisations: OrganisationsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ assessmentId }: JobMap['assessment.outcome-mail']): Promise<void> {
    const [assessment] = await this.database.query<OutcomeRow>(
      `SELECT candidate_id AS "candidateId", institute_id AS "instituteId", outcome,
         to_char(declaration_date, 'YYYY-MM-DD') AS "declarationDate", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil",
         required_training AS "requiredTraining", required_support AS "requiredSupport"
       FROM suitability_assessments WHERE id = $1`,
      [assessmentId],
    );
    if (!assessment?.outcome) return;
    const candidate = await this.candidates.get(SYSTEM_ACTOR, assessment.candidateId).catch(skipWhenGone);
    if (!candidate?.email) return;
    const institute = await this.organisations.getInstitute(assessment.instituteId);
    const mail = assessmentOutcomeMail({ ...assessment, outcome: assessment.outcome, firstName: candidate.firstName, reference: candidate.reference, instituteName: institute.name });
    await this.notifications.deliver({
      kind: 'assessment_outcome',
      subjectId: assessmentId,
      dueKey: assessment.outcome,
      recipients: [{ email: candidate.email }],
      ...mail,
    });
  }
}

/** A candidate erased (R13) or gone meanwhile is no error for a job: there is nobody left to tell. */
export function skipWhenGone(error: unknown): null {
  if (error instanceof NotFoundError) return null;
  throw error;
}
