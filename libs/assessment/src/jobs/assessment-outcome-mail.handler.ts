import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { NotificationsService } from '@app/notifications';
import { AssessmentsRepository } from '../persistence/assessments.repository';
import { assessmentOutcomeMail } from './assessment-mails';

/**
 * Tells the candidate the outcome of their suitability assessment.
 * Idempotent: NotificationsService sends once per (kind, assessment, outcome, recipient); an
 * assessment without outcome, or a candidate erased meanwhile, is skipped.
 */
@HandlesJob('assessment.outcome-mail')
@Injectable()
export class AssessmentOutcomeMailHandler implements JobHandler<'assessment.outcome-mail'> {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly candidates: CandidateReader,
    private readonly organisations: OrganisationReader,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ assessmentId }: JobMap['assessment.outcome-mail']): Promise<void> {
    const assessment = await this.assessments.outcomeFacts(assessmentId);
    if (!assessment?.outcome) return;
    const candidate = await this.candidates.contact(assessment.candidateId);
    if (!candidate?.email) return;
    const institute = await this.organisations.getInstitute(assessment.instituteId);
    const mail = assessmentOutcomeMail({
      ...assessment,
      outcome: assessment.outcome,
      firstName: candidate.firstName,
      reference: candidate.reference,
      instituteName: institute?.name ?? 'de lerarenopleiding',
    });
    await this.notifications.deliver({
      kind: 'assessment_outcome',
      subjectId: assessmentId,
      dueKey: assessment.outcome,
      recipients: [{ email: candidate.email }],
      ...mail,
    });
  }
}
