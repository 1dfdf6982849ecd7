import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CandidatesModule } from '@app/candidates';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { SelectionModule } from '@app/selection';
import { CapacityService } from './application/capacity.service';
import { MatchingReader } from './application/matching.reader';
import { MatchingService } from './application/matching.service';
import { PlacementReader } from './application/placement.reader';
import { PlacementsService } from './application/placements.service';
import { PlacementPersonalData } from './application/placement-personal-data.service';
import { ProposalMailHandler } from './jobs/proposal-mail.handler';
import { SoftLandingReminderHandler } from './jobs/soft-landing-reminder.handler';
import { SoftLandingSweep } from './jobs/soft-landing.sweep';
import { SoftLandingRemindersRepository } from './persistence/soft-landing-reminders.repository';
import { CapacityRepository } from './persistence/capacity.repository';
import { PlacementsRepository } from './persistence/placements.repository';
import { PlacementErasureRepository } from './persistence/placement-erasure.repository';
import { ProposalsRepository } from './persistence/proposals.repository';
import { PlacementHistoryRepository } from './persistence/placement-history.repository';
import { PlacementHistoryService } from './application/placement-history.service';

/** Supernumerary capacity per board and school year, placements and matching (R7, R14). */
@Module({
  imports: [AccountsModule, CandidatesModule, NotificationsModule, OrganisationsModule, SelectionModule],
  providers: [
    CapacityRepository,
    PlacementsRepository,
    ProposalsRepository,
    PlacementErasureRepository,
    PlacementPersonalData,
    PlacementReader,
    MatchingReader,
    CapacityService,
    PlacementsService,
    MatchingService,
    ProposalMailHandler,
    SoftLandingRemindersRepository,
    SoftLandingSweep,
    SoftLandingReminderHandler,
    PlacementHistoryRepository,
    PlacementHistoryService,
  ],
  exports: [PlacementReader, MatchingReader, CapacityService, PlacementsService, MatchingService, PlacementPersonalData, PlacementHistoryService],
})
export class PlacementsModule {}
