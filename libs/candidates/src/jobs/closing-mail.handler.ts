import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { MailTemplates, NotificationsService } from '@app/notifications';
import { CandidateReader } from '../application/candidate.reader';
import { candidateValues } from './application-mails';
import { REJECTION_TEMPLATE, WITHDRAWAL_TEMPLATE } from './closing-mails';

/**
 * Tells the candidate that the desk rejected them, or confirms their withdrawal.
 * Idempotent: sent once per (kind, candidate, recipient) by NotificationsService; the stage is
 * read again, so a candidate erased meanwhile, or in another stage, is skipped.
 */
@HandlesJob('candidates.closing-mail')
@Injectable()
export class ClosingMailHandler implements JobHandler<'candidates.closing-mail'> {
  constructor(
    private readonly candidates: CandidateReader,
    private readonly notifications: NotificationsService,
    private readonly templates: MailTemplates,
  ) {}

  async handle({ candidateId }: JobMap['candidates.closing-mail']): Promise<void> {
    const candidate = await this.candidates.contact(candidateId);
    if (!candidate || (candidate.stage !== 'rejected' && candidate.stage !== 'withdrawn')) return;
    const rejected = candidate.stage === 'rejected';
    await this.notifications.deliver({
      kind: rejected ? 'candidate_rejection' : 'withdrawal_confirmation',
      subjectId: candidate.id,
      dueKey: 'once',
      recipients: [{ email: candidate.email }],
      ...(await this.templates.render((rejected ? REJECTION_TEMPLATE : WITHDRAWAL_TEMPLATE).kind, candidateValues(candidate))),
    });
  }
}
