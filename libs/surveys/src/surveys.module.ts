import { Module } from '@nestjs/common';
import { CandidatesModule } from '@app/candidates';
import { MailTemplateRegistry, NotificationsModule } from '@app/notifications';
import { SurveyLinks } from './application/survey-links';
import { SurveyReader } from './application/survey.reader';
import { SurveyService } from './application/survey.service';
import { SurveyPersonalData } from './application/survey-personal-data.service';
import { SurveyInvitationHandler } from './jobs/survey-invitation.handler';
import { SurveyRepository } from './persistence/survey.repository';
import { SURVEY_INVITATION_TEMPLATE } from './jobs/survey-mails';
import { SurveyHistoryRepository } from './persistence/survey-history.repository';
import { SurveyHistoryService } from './application/survey-history.service';

@Module({
  imports: [CandidatesModule, NotificationsModule],
  providers: [
    SurveyRepository,
    SurveyLinks,
    SurveyReader,
    SurveyService,
    SurveyPersonalData,
    SurveyInvitationHandler,
    SurveyHistoryRepository,
    SurveyHistoryService,
  ],
  exports: [SurveyService, SurveyReader, SurveyPersonalData, SurveyHistoryService],
})
export class SurveysModule {
  constructor(templates: MailTemplateRegistry) {
    templates.register([SURVEY_INVITATION_TEMPLATE]);
  }
}
