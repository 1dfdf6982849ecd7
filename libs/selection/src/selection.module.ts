import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CandidatesModule } from '@app/candidates';
import { MailTemplateRegistry, NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { InterviewDecisionsService } from './application/interview-decisions.service';
import { InterviewReader } from './application/interview.reader';
import { InterviewPersonalData } from './application/interview-personal-data.service';
import { InterviewsService } from './application/interviews.service';
import { PanelMembers } from './application/panel-members.service';
import { InterviewCancellationHandler } from './jobs/interview-cancellation.handler';
import { InterviewInvitationHandler } from './jobs/interview-invitation.handler';
import { InterviewMessenger } from './jobs/interview-messenger';
import { InterviewOutcomeMailHandler } from './jobs/interview-outcome-mail.handler';
import { InterviewReminderHandler } from './jobs/interview-reminder.handler';
import { InterviewReminderSweep } from './jobs/interview-reminder.sweep';
import { InterviewsRepository } from './persistence/interviews.repository';
import { InterviewErasureRepository } from './persistence/interview-erasure.repository';
import { SELECTION_MAIL_TEMPLATES } from './jobs/interview-mails';

/** Joint selection interviews: planning, invitations, advice, outcome and reminders (R5, R12). */
@Module({
  imports: [AccountsModule, CandidatesModule, NotificationsModule, OrganisationsModule],
  providers: [
    InterviewsRepository,
    InterviewErasureRepository,
    InterviewPersonalData,
    InterviewReader,
    InterviewsService,
    InterviewDecisionsService,
    PanelMembers,
    InterviewMessenger,
    InterviewInvitationHandler,
    InterviewCancellationHandler,
    InterviewOutcomeMailHandler,
    InterviewReminderHandler,
    InterviewReminderSweep,
  ],
  exports: [InterviewReader, InterviewsService, InterviewDecisionsService, InterviewPersonalData],
})
export class SelectionModule {
  constructor(templates: MailTemplateRegistry) {
    templates.register(SELECTION_MAIL_TEMPLATES);
  }
}
