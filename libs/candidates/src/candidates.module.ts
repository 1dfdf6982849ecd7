import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { NotificationsModule } from '@app/notifications';
import { ApplicationsService } from './application/applications.service';
import { CandidatesService } from './application/candidates.service';
import { ApplicationReceivedHandler } from './jobs/application-received.handler';

@Module({
  imports: [AccountsModule, NotificationsModule],
  providers: [ApplicationsService, CandidatesService, ApplicationReceivedHandler],
  exports: [ApplicationsService, CandidatesService],
})
export class CandidatesModule {}
