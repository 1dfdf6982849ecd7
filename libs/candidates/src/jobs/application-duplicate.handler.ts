import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { MailTemplates, NotificationsService } from '@app/notifications';
import { CandidateReader } from '../application/candidate.reader';
import { APPLICATION_ALREADY_OPEN_TEMPLATE, candidateValues } from './application-mails';

/**
 * R3: tells the owner of an address with an open dossier that their new application was not made,
 * with the open dossier's reference. Idempotent: sent once per (kind, candidate, submission,
 * recipient) by NotificationsService, so a retry sends nothing twice; a candidate erased meanwhile is skipped.
 */
@HandlesJob('candidates.application-duplicate')
@Injectable()
export class ApplicationDuplicateHandler implements JobHandler<'candidates.application-duplicate'> {
  constructor(
    private readonly candidates: CandidateReader,
    private readonly notifications: NotificationsService,
    private readonly templates: MailTemplates,
  ) {}

  async handle({ candidateId, submissionId }: JobMap['candidates.application-duplicate']): Promise<void> {
    const candidate = await this.candidates.contact(candidateId);
    if (!candidate) return;
    await this.notifications.deliver({
      kind: 'application_already_open',
      subjectId: candidate.id,
      dueKey: submissionId,
      recipients: [{ email: candidate.email }],
      ...(await this.templates.render(APPLICATION_ALREADY_OPEN_TEMPLATE.kind, candidateValues(candidate))),
    });
  }
}
