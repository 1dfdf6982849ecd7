import { Injectable } from '@nestjs/common';
import { calendarDate, startOfDay } from '@app/shared';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { CandidateReader } from '@app/candidates';
import { NotificationsService } from '@app/notifications';
import { OrganisationReader } from '@app/organisations';
import { softLandingEndsOn } from '../domain/placement.policy';
import { SoftLandingRemindersRepository } from '../persistence/soft-landing-reminders.repository';

const dutchDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Tells the board's active users that a placement's soft landing ends in 14 days (R12).
 * Idempotent: it re-reads the placement (skipped when no longer active or its start moved), and
 * NotificationsService sends once per (kind, placement, soft-landing end, recipient).
 */
@HandlesJob('placements.soft-landing-reminder')
@Injectable()
export class SoftLandingReminderHandler implements JobHandler<'placements.soft-landing-reminder'> {
  constructor(
    private readonly reminders: SoftLandingRemindersRepository,
    private readonly candidates: CandidateReader,
    private readonly organisations: OrganisationReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ placementId, softLandingEndsOn: endsOn }: JobMap['placements.soft-landing-reminder']): Promise<void> {
    const placement = await this.reminders.active(placementId);
    if (!placement || softLandingEndsOn(calendarDate(placement.startDate)) !== endsOn) return;
    const candidate = (await this.candidates.names([placement.candidateId])).get(placement.candidateId);
    const school = (await this.organisations.schoolNames([placement.schoolId])).get(placement.schoolId) ?? 'de school';
    const board = (await this.users.listActiveByRole('board')).filter((user) => user.boardId === placement.boardId);
    const who = candidate ? `${candidate.name} (${candidate.reference})` : 'de kandidaat';
    await this.notifications.deliver({
      kind: 'soft_landing_ends',
      subjectId: placementId,
      dueKey: endsOn,
      recipients: board.map((user) => ({ email: user.email, userId: user.id })),
      title: `Zachte landing eindigt over 14 dagen: ${who}`,
      body: [
        'Beste collega,',
        '',
        `De zachte landing van ${who} op ${school} eindigt op ${dutchDate.format(startOfDay(calendarDate(endsOn)))}, over 14 dagen. ` +
          'Daarna geldt de gewone inzet in de klas. Bespreek met de kandidaat en de begeleider hoe het gaat en wat er na de zachte landing nodig is.',
        '',
        'Bekijk de kandidaat:',
        this.links.candidate(placement.candidateId),
        '',
        'Met vriendelijke groet,',
        'Flevowijs — zij-instroom primair onderwijs',
      ].join('\n'),
    });
  }
}
