import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { NotificationsModule } from '@app/notifications';
import { ApplicationsService } from './application/applications.service';
import { CandidatesService } from './application/candidates.service';
import { CandidateAccessService } from './application/candidate-access.service';
import { ApplicationReceivedHandler } from './jobs/application-received.handler';

@Module({
  imports: [AccountsModule, NotificationsModule],
  providers: [ApplicationsService, CandidatesService, CandidateAccessService, ApplicationReceivedHandler],
  exports: [ApplicationsService, CandidatesService, CandidateAccessService],
})
export class CandidatesModule {}
