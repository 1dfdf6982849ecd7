import { Module } from '@nestjs/common';
import { CandidatesModule } from '@app/candidates';
import { MailTemplateRegistry, NotificationsModule } from '@app/notifications';
import { PrivacyModule } from '@app/privacy';
import { SelectionModule } from '@app/selection';
import { PortalSignInService } from './application/portal-sign-in.service';
import { PortalService } from './application/portal.service';
import { SIGN_IN_LINK_TEMPLATE } from './jobs/portal-mails';
import { SignInMailHandler } from './jobs/sign-in-mail.handler';
import { CandidateSessionRepository } from './persistence/candidate-session.repository';
import { SignInLinkRepository } from './persistence/sign-in-link.repository';

/** The candidate's own page (issue 16, item 6): a one-time sign-in link by mail, a session of its own, and the candidate's commands. */
@Module({
  imports: [CandidatesModule, NotificationsModule, PrivacyModule, SelectionModule],
  providers: [SignInLinkRepository, CandidateSessionRepository, PortalSignInService, PortalService, SignInMailHandler],
  exports: [PortalSignInService, PortalService],
})
export class PortalModule {
  constructor(templates: MailTemplateRegistry) {
    templates.register([SIGN_IN_LINK_TEMPLATE]);
  }
}
