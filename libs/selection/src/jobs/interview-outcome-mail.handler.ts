import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { MailTemplates } from '@app/notifications';
import { INTERVIEW_PASSED_TEMPLATE, INTERVIEW_REJECTION_TEMPLATE } from './interview-mails';
import { InterviewMessenger } from './interview-messenger';

/**
 * Tells the candidate the outcome of the interview: passed, or the end of their application; never
 * the motivation. Idempotent: sent once per interview and recipient by NotificationsService (the
 * kind follows the outcome, which is recorded once); skipped unless the interview has an outcome.
 */
@HandlesJob('selection.outcome-mail')
@Injectable()
export class InterviewOutcomeMailHandler implements JobHandler<'selection.outcome-mail'> {
  constructor(
    private readonly messenger: InterviewMessenger,
    private readonly templates: MailTemplates,
  ) {}

  async handle({ interviewId }: JobMap['selection.outcome-mail']): Promise<void> {
    const facts = await this.messenger.load(interviewId);
    if (!facts || facts.interview.status !== 'completed' || !facts.interview.outcome) return;
    const passed = facts.interview.outcome === 'positive';
    await this.messenger.sendToCandidate(facts, facts.interview.sequence, {
      kind: passed ? 'interview_passed' : 'interview_rejection',
      dueKey: 'once',
      text: await this.templates.render((passed ? INTERVIEW_PASSED_TEMPLATE : INTERVIEW_REJECTION_TEMPLATE).kind, {
        voornaam: facts.candidate.firstName,
        referentie: facts.candidate.reference,
      }),
    });
  }
}
