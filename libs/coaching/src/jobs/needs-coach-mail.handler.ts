import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@app/shared';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '@app/notifications';
import { ProgrammeReader } from '@app/programmes';
import { CoachesRepository } from '../persistence/coaches.repository';

/**
 * Tells every active staff user that no coach fits a programme (R9). Idempotent: sent once per
 * programme, marking (its date) and recipient; a programme that got a coach meanwhile gets no mail.
 */
@HandlesJob('coaching.needs-coach-mail')
@Injectable()
export class NeedsCoachMailHandler implements JobHandler<'coaching.needs-coach-mail'> {
  constructor(
    private readonly coaches: CoachesRepository,
    private readonly programmes: ProgrammeReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ programmeId }: JobMap['coaching.needs-coach-mail']): Promise<void> {
    const since = await this.coaches.needingSince(programmeId);
    if (!since) return;
    const row = await this.programmes.findVisible(SYSTEM_ACTOR, programmeId).catch(() => null);
    if (!row) return;
    const [programme] = await this.programmes.views([row]);
    const staff = await this.users.listActiveByRole('staff');
    await this.notifications.deliver({
      kind: 'programme_needs_coach',
      subjectId: programmeId,
      dueKey: since.toISOString(),
      recipients: staff.map((user) => ({ email: user.email, userId: user.id })),
      title: `Geen coach beschikbaar: ${programme.candidateName} (${programme.candidateReference})`,
      body: [
        'Beste collega,',
        '',
        `Voor het traject van ${programme.candidateName} (${programme.candidateReference}) bij ${programme.boardName} is geen coach beschikbaar: ` +
          'er is in de regio geen actieve coach onder het maximum aantal trajecten. We proberen het elke dag opnieuw; u kunt ook zelf een coach toewijzen.',
        '',
        this.links.programme(programmeId),
        '',
        'Met vriendelijke groet,',
        'Flevowijs — zij-instroom primair onderwijs',
      ].join('\n'),
    });
  }
}
