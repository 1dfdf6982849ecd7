import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { rejectionMail } from './interview-mails';
import { InterviewMessenger } from './interview-messenger';

/**
 * Tells the candidate that a negative outcome ends their application. Idempotent: sent once per
 * interview and recipient by NotificationsService; skipped unless the interview ended negative.
 */
@HandlesJob('selection.outcome-mail')
@Injectable()
export class InterviewOutcomeMailHandler implements JobHandler<'selection.outcome-mail'> {
  constructor(private readonly messenger: InterviewMessenger) {}

  async handle({ interviewId }: JobMap['selection.outcome-mail']): Promise<void> {
    const facts = await this.messenger.load(interviewId);
    if (!facts || facts.interview.status !== 'completed' || facts.interview.outcome !== 'negative') return;
    await this.messenger.send(facts, facts.interview.sequence, {
      kind: 'interview_rejection',
      dueKey: 'once',
      recipients: [{ email: facts.candidate.email }],
      text: rejectionMail(facts.candidate),
    });
  }
}
