import { Injectable } from '@nestjs/common';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { MailTemplates, NotificationsService } from '@app/notifications';
import { CandidateReader } from '../application/candidate.reader';
import { APPLICATION_CONFIRMATION_TEMPLATE, candidateValues, newApplicationStaffMail } from './application-mails';

/**
 * Confirms an application to the candidate and tells the central desk.
 * Idempotent: each message is sent once per (kind, candidate, recipient) by NotificationsService;
 * a candidate erased or gone meanwhile is skipped.
 */
@HandlesJob('candidates.application-received')
@Injectable()
export class ApplicationReceivedHandler implements JobHandler<'candidates.application-received'> {
  constructor(
    private readonly candidates: CandidateReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
    private readonly templates: MailTemplates,
  ) {}

  async handle({ candidateId }: JobMap['candidates.application-received']): Promise<void> {
    const candidate = await this.candidates.contact(candidateId);
    if (!candidate) return;
    const staff = await this.users.listActiveByRole('staff');
    // Each recipient on its own: a bounced candidate address does not keep the desk from hearing of the application.
    await this.notifications.deliverAll([
      {
        kind: 'application_confirmation',
        subjectId: candidate.id,
        dueKey: 'once',
        recipients: [{ email: candidate.email }],
        ...(await this.templates.render(APPLICATION_CONFIRMATION_TEMPLATE.kind, candidateValues(candidate))),
      },
      {
        kind: 'new_application',
        subjectId: candidate.id,
        dueKey: 'once',
        recipients: staff.map((user) => ({ email: user.email, userId: user.id })),
        ...newApplicationStaffMail(candidate, this.links.candidate(candidate.id)),
      },
    ]);
  }
}
