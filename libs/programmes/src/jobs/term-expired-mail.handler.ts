import { Injectable } from '@nestjs/common';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { ProgrammeReader } from '../application/programme.reader';
import { ProgrammesRepository } from '../persistence/programmes.repository';
import { termExpiredMail } from './programme-mails';

/**
 * Tells every active staff user that a programme's term expired.
 * Idempotent: NotificationsService sends once per (kind, programme, recipient); a programme that is
 * gone or no longer term_expired is skipped.
 */
@HandlesJob('programmes.term-expired-mail')
@Injectable()
export class TermExpiredMailHandler implements JobHandler<'programmes.term-expired-mail'> {
  constructor(
    private readonly programmes: ProgrammesRepository,
    private readonly reader: ProgrammeReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ programmeId }: JobMap['programmes.term-expired-mail']): Promise<void> {
    const row = await this.programmes.find(programmeId, { kind: 'all' });
    if (!row || row.status !== 'term_expired') return;
    const [programme] = await this.reader.views([row]);
    const staff = await this.users.listActiveByRole('staff');
    await this.notifications.deliver({
      kind: 'programme_term_expired',
      subjectId: programmeId,
      dueKey: programme.plannedEnd,
      recipients: staff.map((user) => ({ email: user.email, userId: user.id })),
      ...termExpiredMail(
        {
          candidateName: programme.candidateName,
          reference: programme.candidateReference,
          boardName: programme.boardName,
          routeName: programme.routeName,
          plannedEnd: programme.plannedEnd,
        },
        this.links.programme(programmeId),
      ),
    });
  }
}
