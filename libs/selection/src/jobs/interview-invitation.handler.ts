import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobMap } from '@app/infra';
import { MailTemplates } from '@app/notifications';
import { INTERVIEW_INVITATION_TEMPLATE, INTERVIEW_UPDATE_TEMPLATE, invitationValues, panelInvitationMail } from './interview-mails';
import { InterviewMessenger } from './interview-messenger';

/**
 * Sends the invitation (sequence 0) or update (higher sequence) with METHOD:REQUEST to the
 * candidate and the panel. Idempotent: each version goes once per recipient (due key `seq-<n>`
 * in NotificationsService); a job for an outdated version or a no longer planned interview is
 * skipped, since a later job carries the newer state.
 */
@HandlesJob('selection.interview-invitation')
@Injectable()
export class InterviewInvitationHandler implements JobHandler<'selection.interview-invitation'> {
  constructor(
    private readonly messenger: InterviewMessenger,
    private readonly templates: MailTemplates,
  ) {}

  async handle({ interviewId, sequence }: JobMap['selection.interview-invitation']): Promise<void> {
    const facts = await this.messenger.load(interviewId);
    if (!facts || facts.interview.status !== 'scheduled' || facts.interview.sequence !== sequence) return;
    const update = sequence > 0;
    const calendar = { method: 'REQUEST' as const, attendees: this.messenger.everyone(facts) };
    const dueKey = `seq-${sequence}`;
    await this.messenger.sendToCandidateAndPanel(facts, sequence, {
      kind: 'interview_invitation',
      dueKey,
      calendar,
      candidateText: await this.templates.render(
        (update ? INTERVIEW_UPDATE_TEMPLATE : INTERVIEW_INVITATION_TEMPLATE).kind,
        invitationValues(facts.candidate, facts.interview, facts.boardNames),
      ),
      panelText: panelInvitationMail(facts.candidate, facts.interview, facts.boardNames, facts.link, update),
    });
  }
}
