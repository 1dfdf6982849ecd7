import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { InterviewsRepository } from '../persistence/interviews.repository';
import { MailTemplates } from '@app/notifications';
import { INTERVIEW_CANCELLATION_TEMPLATE, invitationValues, panelCancellationMail, removedFromPanelMail } from './interview-mails';
import { InterviewMessenger, type InterviewMessageFacts } from './interview-messenger';

/**
 * Sends METHOD:CANCEL with the given SEQUENCE: to everyone when the interview itself was cancelled
 * by that version, otherwise to the people that version took off the panel. Idempotent: each
 * (version, recipient) goes once through NotificationsService; someone back on the panel since
 * is skipped, as they hold a newer invitation.
 */
@HandlesJob('selection.interview-cancellation')
@Injectable()
export class InterviewCancellationHandler implements JobHandler<'selection.interview-cancellation'> {
  constructor(
    private readonly messenger: InterviewMessenger,
    private readonly interviews: InterviewsRepository,
    private readonly templates: MailTemplates,
  ) {}

  async handle({ interviewId, sequence }: JobMap['selection.interview-cancellation']): Promise<void> {
    const facts = await this.messenger.load(interviewId);
    if (!facts) return;
    if (facts.interview.status === 'cancelled' && facts.interview.sequence === sequence) {
      await this.cancelForEveryone(facts, sequence);
      return;
    }
    const removed = await this.interviews.removedAttendees(interviewId, sequence);
    await this.messenger.sendToPanel(facts, sequence, removed, {
      kind: 'interview_cancellation',
      dueKey: `seq-${sequence}`,
      panelText: removedFromPanelMail(facts.candidate, facts.interview),
      calendar: { method: 'CANCEL', attendees: removed.map((member) => ({ name: member.name, email: member.email })) },
    });
  }

  private async cancelForEveryone(facts: InterviewMessageFacts, sequence: number): Promise<void> {
    const calendar = { method: 'CANCEL' as const, attendees: this.messenger.everyone(facts) };
    const dueKey = `seq-${sequence}`;
    await this.messenger.sendToCandidateAndPanel(facts, sequence, {
      kind: 'interview_cancellation',
      dueKey,
      calendar,
      candidateText: await this.templates.render(INTERVIEW_CANCELLATION_TEMPLATE.kind, invitationValues(facts.candidate, facts.interview, facts.boardNames)),
      panelText: panelCancellationMail(facts.candidate, facts.interview, facts.cancellationReason),
    });
  }
}
