import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { NotificationsModule } from '@app/notifications';
import { RoutesModule } from '@app/routes';
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
import { CandidateHistoryRepository } from './persistence/candidate-history.repository';
import { CandidateHistoryService } from './application/candidate-history.service';

@Module({
  imports: [AccountsModule, NotificationsModule, RoutesModule],
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
    CandidateHistoryService,
  ],
})
export class CandidatesModule {}
