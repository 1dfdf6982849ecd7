import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@app/shared';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { ProgrammeReader } from '@app/programmes';
import { CoachingReader } from '../application/coaching.reader';
import { behindNormMail } from './coaching-reminder-mails';

/**
 * Tells staff that a programme fell behind the pro-rata coaching norm of a study year by more than
 * 25% (R12). Idempotent: NotificationsService sends once per (kind, programme, study year and
 * crossing, recipient); a programme that ended meanwhile gets no mail. The figures are today's.
 */
@HandlesJob('coaching.behind-norm-reminder')
@Injectable()
export class BehindNormReminderHandler implements JobHandler<'coaching.behind-norm-reminder'> {
  constructor(
    private readonly coaching: CoachingReader,
    private readonly programmes: ProgrammeReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ programmeId, studyYear, crossing }: JobMap['coaching.behind-norm-reminder']): Promise<void> {
    const row = await this.programmes.findVisible(SYSTEM_ACTOR, programmeId).catch(() => null);
    if (!row || row.status !== 'running') return;
    const [[programme], overview, staff] = await Promise.all([
      this.programmes.views([row]),
      this.coaching.programme(SYSTEM_ACTOR, programmeId),
      this.users.listActiveByRole('staff'),
    ]);
    const year = overview.progress.find((progress) => progress.studyYear === studyYear);
    await this.notifications.deliver({
      kind: 'coaching_behind_norm',
      subjectId: programmeId,
      dueKey: `year-${studyYear}-crossing-${crossing}`,
      recipients: staff.map((user) => ({ email: user.email, userId: user.id })),
      ...behindNormMail(
        {
          candidateName: programme.candidateName,
          reference: programme.candidateReference,
          boardName: programme.boardName,
          studyYear,
          loggedHours: year?.loggedHours ?? 0,
          dueHours: year?.dueHours ?? 0,
          coachName: overview.coach?.name ?? null,
        },
        this.links.programme(programmeId),
      ),
    });
  }
}
