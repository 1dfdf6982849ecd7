import { Injectable } from '@nestjs/common';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { ProgrammeReader } from '../application/programme.reader';
import { ProgrammesRepository } from '../persistence/programmes.repository';
import { endReminderMail, pastEndMail } from './reminder-mails';

/**
 * Sends one reminder about a programme's planned end (R12): 6, 3 or 1 months before → coach and
 * staff, past the end → staff. Idempotent: it re-reads the programme and sends nothing when the
 * reminder no longer holds (qualified or ended otherwise, or the planned end moved by an
 * extension); NotificationsService sends once per (kind, programme, planned end, recipient).
 */
@HandlesJob('programmes.end-reminder')
@Injectable()
export class EndReminderHandler implements JobHandler<'programmes.end-reminder'> {
  constructor(
    private readonly programmes: ProgrammesRepository,
    private readonly reader: ProgrammeReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ programmeId, kind, plannedEnd }: JobMap['programmes.end-reminder']): Promise<void> {
    const row = await this.programmes.find(programmeId, { kind: 'all' });
    if (!row || row.plannedEnd !== plannedEnd) return;
    // Past the end the term-expiry sweep may have ended it meanwhile: the end still passed without qualification.
    if (!(row.status === 'running' || (kind === 'past_end' && row.status === 'term_expired'))) return;
    const [programme] = await this.reader.views([row]);
    const staff = (await this.users.listActiveByRole('staff')).map((user) => ({ email: user.email, userId: user.id }));
    const facts = {
      candidateName: programme.candidateName,
      reference: programme.candidateReference,
      boardName: programme.boardName,
      routeName: programme.routeName,
      plannedEnd,
    };
    // The coach (R9) is supplied by the coaching module through the reader's hook: programmes cannot import coaching.
    const coach = kind === 'past_end' ? null : await this.reader.assignedCoach(programmeId);
    const link = this.links.programme(programmeId);
    await this.notifications.deliver({
      kind: `programme_${kind}`,
      subjectId: programmeId,
      dueKey: plannedEnd,
      recipients: coach ? [coach, ...staff] : staff,
      ...(kind === 'past_end' ? pastEndMail(facts, link) : endReminderMail(kind, facts, link)),
    });
  }
}
