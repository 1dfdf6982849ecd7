import { Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { NotificationsService } from '@app/notifications';
import { CandidateReader } from '../application/candidate.reader';
import { CandidateBulkRepository } from '../persistence/candidate-bulk.repository';
import { rejectionMail } from './closing-mails';

/**
 * The rejection mail of a bulk rejection, when its delay has passed. Idempotent: the claim on the
 * rejection row (the same row the undo claims, so exactly one of them wins) is repeatable, the
 * stage is read again, and NotificationsService sends once per (kind, candidate, recipient) — the
 * same message as a single rejection, so the candidate never gets two.
 */
@HandlesJob('candidates.bulk-rejection-mail')
@Injectable()
export class BulkRejectionMailHandler implements JobHandler<'candidates.bulk-rejection-mail'> {
  constructor(
    private readonly bulk: CandidateBulkRepository,
    private readonly candidates: CandidateReader,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async handle({ rejectionId }: JobMap['candidates.bulk-rejection-mail']): Promise<void> {
    const candidateId = await this.bulk.claimMail(rejectionId, this.clock.now());
    if (!candidateId) return;
    const candidate = await this.candidates.contact(candidateId);
    if (!candidate || candidate.stage !== 'rejected') return;
    await this.notifications.deliver({
      kind: 'candidate_rejection',
      subjectId: candidate.id,
      dueKey: 'once',
      recipients: [{ email: candidate.email }],
      ...rejectionMail(candidate),
    });
  }
}
