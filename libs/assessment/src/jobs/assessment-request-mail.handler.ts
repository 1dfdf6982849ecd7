import { Injectable } from '@nestjs/common';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { NotificationsService } from '@app/notifications';
import { AssessmentsRepository } from '../persistence/assessments.repository';
import { assessmentRequestMail } from './assessment-mails';

/**
 * Tells the institute's active users that an assessment was requested with it.
 * Idempotent: NotificationsService sends once per (kind, assessment, recipient); an assessment that
 * is gone, already decided, or whose candidate was erased, is skipped.
 */
@HandlesJob('assessment.request-mail')
@Injectable()
export class AssessmentRequestMailHandler implements JobHandler<'assessment.request-mail'> {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly candidates: CandidateReader,
    private readonly organisations: OrganisationReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ assessmentId }: JobMap['assessment.request-mail']): Promise<void> {
    const assessment = await this.assessments.find(assessmentId, { kind: 'all' });
    if (!assessment || assessment.status !== 'requested') return;
    const candidate = await this.candidates.contact(assessment.candidateId);
    if (!candidate) return;
    const [board, institute] = await Promise.all([this.organisations.getBoard(assessment.boardId), this.organisations.getInstitute(assessment.instituteId)]);
    const recipients = (await this.users.listActiveByRole('institute')).filter((user) => user.instituteId === assessment.instituteId);
    const mail = assessmentRequestMail(
      {
        candidateName: `${candidate.firstName} ${candidate.lastName}`,
        reference: candidate.reference,
        boardName: board?.name ?? 'het schoolbestuur',
        instituteName: institute?.name ?? 'de lerarenopleiding',
        requestedOn: assessment.requestedOn,
        plannedPracticeDay: assessment.plannedPracticeDay,
      },
      this.links.candidate(candidate.id),
    );
    await this.notifications.deliver({
      kind: 'assessment_request',
      subjectId: assessmentId,
      dueKey: 'once',
      recipients: recipients.map((user) => ({ email: user.email, userId: user.id })),
      ...mail,
    });
  }
}
