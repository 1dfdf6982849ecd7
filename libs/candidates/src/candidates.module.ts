import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { MailTemplateRegistry, NotificationsModule } from '@app/notifications';
import { RoutesModule } from '@app/routes';
import { SourcesModule } from '@app/sources';
import { ApplicationsService } from './application/applications.service';
import { CandidateAccessService } from './application/candidate-access.service';
import { CandidateDocumentsService } from './application/candidate-documents.service';
import { CandidatePersonalData } from './application/candidate-personal-data.service';
import { CandidateReader } from './application/candidate.reader';
import { CandidateRouteService } from './application/candidate-route.service';
import { CandidateStageService } from './application/candidate-stage.service';
import { ApplicationDuplicateHandler } from './jobs/application-duplicate.handler';
import { ApplicationReceivedHandler } from './jobs/application-received.handler';
import { ClosingMailHandler } from './jobs/closing-mail.handler';
import { ApplicationsWaitingSweep } from './jobs/applications-waiting.sweep';
import { DutchPublicHolidays } from './application/dutch-holidays';
import { WaitingApplicationRepository } from './persistence/waiting-application.repository';
import { AccessGrantRepository } from './persistence/access-grant.repository';
import { CandidateErasureRepository } from './persistence/candidate-erasure.repository';
import { CandidateRepository } from './persistence/candidate.repository';
import { CandidateBulkRepository } from './persistence/candidate-bulk.repository';
import { CandidateBulkService } from './application/candidate-bulk.service';
import { CandidateExportService } from './application/candidate-export.service';
import { BulkRejectionMailHandler } from './jobs/bulk-rejection-mail.handler';
import { APPLICATION_ALREADY_OPEN_TEMPLATE, APPLICATION_CONFIRMATION_TEMPLATE } from './jobs/application-mails';
import { REJECTION_TEMPLATE, WITHDRAWAL_TEMPLATE } from './jobs/closing-mails';
import { CandidateHistoryRepository } from './persistence/candidate-history.repository';
import { CandidateHistoryService } from './application/candidate-history.service';

@Module({
  imports: [AccountsModule, NotificationsModule, RoutesModule, SourcesModule],
  providers: [
    CandidateRepository,
    AccessGrantRepository,
    CandidateErasureRepository,
    CandidatePersonalData,
    CandidateReader,
    CandidateStageService,
    CandidateAccessService,
    CandidateDocumentsService,
    ApplicationsService,
    CandidateRouteService,
    ApplicationReceivedHandler,
    ApplicationDuplicateHandler,
    ClosingMailHandler,
    DutchPublicHolidays,
    WaitingApplicationRepository,
    ApplicationsWaitingSweep,
    CandidateBulkRepository,
    CandidateBulkService,
    CandidateExportService,
    BulkRejectionMailHandler,
    CandidateHistoryRepository,
    CandidateHistoryService,
  ],
  exports: [
    CandidateReader,
    CandidateStageService,
    CandidateAccessService,
    CandidateDocumentsService,
    ApplicationsService,
    CandidateRouteService,
    CandidatePersonalData,
    CandidateBulkService,
    CandidateExportService,
    CandidateHistoryService,
  ],
})
export class CandidatesModule {
  constructor(templates: MailTemplateRegistry) {
    templates.register([APPLICATION_CONFIRMATION_TEMPLATE, APPLICATION_ALREADY_OPEN_TEMPLATE, REJECTION_TEMPLATE, WITHDRAWAL_TEMPLATE]);
  }
}
