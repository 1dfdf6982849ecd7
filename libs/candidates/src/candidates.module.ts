import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { NotificationsModule } from '@app/notifications';
import { ApplicationsService } from './application/applications.service';
import { CandidateAccessService } from './application/candidate-access.service';
import { CandidateDocumentsService } from './application/candidate-documents.service';
import { CandidatePersonalData } from './application/candidate-personal-data.service';
import { CandidateReader } from './application/candidate.reader';
import { CandidateStageService } from './application/candidate-stage.service';
import { ApplicationReceivedHandler } from './jobs/application-received.handler';
import { ClosingMailHandler } from './jobs/closing-mail.handler';
import { AccessGrantRepository } from './persistence/access-grant.repository';
import { CandidateErasureRepository } from './persistence/candidate-erasure.repository';
import { CandidateRepository } from './persistence/candidate.repository';

@Module({
  imports: [AccountsModule, NotificationsModule],
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
    ApplicationReceivedHandler,
    ClosingMailHandler,
  ],
  exports: [CandidateReader, CandidateStageService, CandidateAccessService, CandidateDocumentsService, ApplicationsService, CandidatePersonalData],
})
export class CandidatesModule {}
