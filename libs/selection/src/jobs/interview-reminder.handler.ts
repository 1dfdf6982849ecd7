import { Injectable } from '@nestjs/common';
import { Clock, today } from '@app/shared';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { MailTemplates } from '@app/notifications';
import { INTERVIEW_REMINDER_TEMPLATE, invitationValues, panelReminderMail } from './interview-mails';
import { InterviewMessenger } from './interview-messenger';

/**
 * The reminder the day before an interview, to the candidate and the panel. Idempotent: sent once
 * per recipient for each (interview date, version) by NotificationsService; skipped when the
 * interview was changed, cancelled or has already begun.
 */
@HandlesJob('selection.interview-reminder')
@Injectable()
export class InterviewReminderHandler implements JobHandler<'selection.interview-reminder'> {
  constructor(
    private readonly messenger: InterviewMessenger,
    private readonly clock: Clock,
    private readonly templates: MailTemplates,
  ) {}

  async handle({ interviewId, sequence }: JobMap['selection.interview-reminder']): Promise<void> {
    const facts = await this.messenger.load(interviewId);
    if (!facts || facts.interview.status !== 'scheduled' || facts.interview.sequence !== sequence) return;
    if (facts.interview.startsAt.getTime() <= this.clock.now().getTime()) return;
    const dueKey = reminderDueKey(facts.interview.startsAt, sequence);
    await this.messenger.sendToCandidateAndPanel(facts, sequence, {
      kind: 'interview_reminder',
      dueKey,
      candidateText: await this.templates.render(INTERVIEW_REMINDER_TEMPLATE.kind, invitationValues(facts.candidate, facts.interview, facts.boardNames)),
      panelText: panelReminderMail(facts.candidate, facts.interview, facts.link),
    });
  }
}

/** One reminder per interview date and version: a move to another day reminds again. */
function reminderDueKey(startsAt: Date, sequence: number): string {
  return `${today(startsAt)}#seq-${sequence}`;
}
