import { Inject, Injectable } from '@nestjs/common';
import { Clock, SYSTEM_ACTOR } from '@app/shared';
import { APP_CONFIG, Database, type AppConfig, type Sweep } from '@app/infra';
import { UsersService } from '@app/accounts';
import { CandidatesService } from '@app/candidates';
import { OrganisationsService } from '@app/organisations';
import { NotificationsService } from '@app/notifications';
import { OVERDUE_AFTER_DAYS } from '../domain/assessment.policy';
import { calendarDateIn } from '../domain/calendar-date';
import { assessmentOverdueMail } from './assessment-mails';
import { skipWhenGone } from './assessment-outcome-mail.handler';

export const ASSESSMENT_OVERDUE_SWEEP = 'assessment.overdue-reminders';

interface OverdueRow {
  id: string;
  candidateId: string;
  boardId: string;
  instituteId: string;
  requestedOn: string;
  dueDate: string;
}

/**
 * R12: an assessment still without outcome 8 weeks after its request reminds every active staff
 * user. Idempotent: the due key is the day 8 weeks after the request — fixed per assessment — and
 * NotificationsService sends once per (kind, assessment, due key, recipient), so later days,
 * a second run or a restarted worker send nothing again.
 */
@Injectable()
export class AssessmentOverdueSweep implements Sweep {
  readonly sweepName = ASSESSMENT_OVERDUE_SWEEP;
  readonly schedule = '0 7 * * *';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly users: UsersService,
    private readonly candidates: CandidatesService,
    private readonly organisations: OrganisationsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const today = calendarDateIn(this.clock.now());
    const overdue = await this.database.query<OverdueRow>(
      `SELECT id, candidate_id AS "candidateId", board_id AS "boardId", institute_id AS "instituteId",
         to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn", to_char(requested_on + $2::int, 'YYYY-MM-DD') AS "dueDate"
       FROM suitability_assessments
       WHERE status = 'requested' AND requested_on + $2::int <= $1::date
       ORDER BY requested_on, id`,
      [today, OVERDUE_AFTER_DAYS],
    );
    if (overdue.length === 0) return 0;
    const staff = await this.users.listActiveByRole('staff');
    let reminded = 0;
    for (const assessment of overdue) {
      if (await this.remind(assessment, staff)) reminded += 1;
    }
    return reminded;
  }

  private async remind(assessment: OverdueRow, staff: { id: string; email: string }[]): Promise<boolean> {
    const candidate = await this.candidates.get(SYSTEM_ACTOR, assessment.candidateId).catch(skipWhenGone);
    // A candidate who withdrew or was rejected meanwhile has no assessment left to chase.
    if (!candidate || candidate.stage !== 'in_assessment') return false;
    const [board, institute] = await Promise.all([this.organisations.getBoard(assessment.boardId), this.organisations.getInstitute(assessment.instituteId)]);
    const mail = assessmentOverdueMail(
      {
        candidateName: `${candidate.firstName} ${candidate.lastName}`,
        reference: candidate.reference,
        boardName: board.name,
        instituteName: institute.name,
        requestedOn: assessment.requestedOn,
      },
      `${this.config.appUrl}/kandidaten/${candidate.id}`,
    );
    const sent = await this.notifications.deliver({
      kind: 'assessment_overdue',
      subjectId: assessment.id,
      dueKey: assessment.dueDate,
      recipients: staff.map((user) => ({ email: user.email, userId: user.id })),
      ...mail,
    });
    return sent > 0;
  }
}
