import { Injectable } from '@nestjs/common';
import { Clock, today } from '@app/shared';
import { SweepOn, WebLinks, type Sweep } from '@app/infra';
import { UserReader } from '@app/accounts';
import { CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { NotificationsService } from '@app/notifications';
import { overdueDueDate, overdueRequestedOnOrBefore } from '../domain/assessment.policy';
import { AssessmentsRepository, type OverdueAssessment } from '../persistence/assessments.repository';
import { assessmentOverdueMail } from './assessment-mails';
import { ASSESSMENT_OVERDUE_SWEEP } from './assessment.jobs';

/**
 * R12: an assessment still without outcome 8 weeks after its request reminds every active staff
 * user. Idempotent: the due key is the day 8 weeks after the request — fixed per assessment — and
 * NotificationsService sends once per (kind, assessment, due key, recipient), so later days,
 * a second run or a restarted worker send nothing again.
 */
@SweepOn({ name: ASSESSMENT_OVERDUE_SWEEP, cron: '0 7 * * *' })
@Injectable()
export class AssessmentOverdueSweep implements Sweep {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly users: UserReader,
    private readonly candidates: CandidateReader,
    private readonly organisations: OrganisationReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const overdue = await this.assessments.overdue(overdueRequestedOnOrBefore(today(this.clock.now())));
    if (overdue.length === 0) return 0;
    const staff = await this.users.listActiveByRole('staff');
    const [boardNames, instituteNames] = await Promise.all([
      this.organisations.boardNames(overdue.map((assessment) => assessment.boardId)),
      this.organisations.instituteNames(overdue.map((assessment) => assessment.instituteId)),
    ]);
    let reminded = 0;
    for (const assessment of overdue) {
      const names = { boardName: boardNames.get(assessment.boardId) ?? '', instituteName: instituteNames.get(assessment.instituteId) ?? '' };
      if (await this.remind(assessment, names, staff)) reminded += 1;
    }
    return reminded;
  }

  private async remind(
    assessment: OverdueAssessment,
    names: { boardName: string; instituteName: string },
    staff: { id: string; email: string }[],
  ): Promise<boolean> {
    const candidate = await this.candidates.contact(assessment.candidateId);
    // A candidate who withdrew or was rejected meanwhile has no assessment left to chase.
    if (!candidate || candidate.stage !== 'in_assessment') return false;
    const mail = assessmentOverdueMail(
      { candidateName: `${candidate.firstName} ${candidate.lastName}`, reference: candidate.reference, ...names, requestedOn: assessment.requestedOn },
      this.links.candidate(candidate.id),
    );
    const sent = await this.notifications.deliver({
      kind: 'assessment_overdue',
      subjectId: assessment.id,
      dueKey: overdueDueDate(assessment.requestedOn),
      recipients: staff.map((user) => ({ email: user.email, userId: user.id })),
      ...mail,
    });
    return sent > 0;
  }
}
