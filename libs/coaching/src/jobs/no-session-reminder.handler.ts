import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR, addDays, calendarDate } from '@app/shared';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { ProgrammeReader } from '@app/programmes';
import { noSessionDueOn } from '../domain/coaching-reminder.policy';
import { CoachingRemindersRepository } from '../persistence/coaching-reminders.repository';
import { noSessionMail } from './coaching-reminder-mails';

/**
 * Tells the coach that a programme had no coaching session for 28 days (R12). Idempotent: it
 * re-reads the current assignment and sends nothing when the gap no longer holds (a session was
 * logged, another coach took over, the programme ended); NotificationsService sends once per
 * (kind, programme, due day, recipient).
 */
@HandlesJob('coaching.no-session-reminder')
@Injectable()
export class NoSessionReminderHandler implements JobHandler<'coaching.no-session-reminder'> {
  constructor(
    private readonly reminders: CoachingRemindersRepository,
    private readonly programmes: ProgrammeReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ programmeId, coachId, dueOn }: JobMap['coaching.no-session-reminder']): Promise<void> {
    const current = await this.reminders.quietSince(programmeId);
    if (!current || current.coachId !== coachId || noSessionDueOn(calendarDate(current.quietSince)) !== dueOn) return;
    const row = await this.programmes.findVisible(SYSTEM_ACTOR, programmeId).catch(() => null);
    if (!row || row.status !== 'running') return;
    const coach = await this.users.get(coachId);
    if (!coach.active) return;
    const [programme] = await this.programmes.views([row]);
    await this.notifications.deliver({
      kind: 'coaching_no_session',
      subjectId: programmeId,
      dueKey: dueOn,
      recipients: [{ email: coach.email, userId: coach.id }],
      ...noSessionMail(
        { candidateName: programme.candidateName, reference: programme.candidateReference, boardName: programme.boardName },
        addDays(calendarDate(dueOn), -28),
        this.links.programme(programmeId),
      ),
    });
  }
}
