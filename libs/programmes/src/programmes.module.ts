import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CandidatesModule } from '@app/candidates';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { PlacementsModule } from '@app/placements';
import { RoutesModule } from '@app/routes';
import { ProgrammeReader } from './application/programme.reader';
import { ProgrammesService } from './application/programmes.service';
import { ReadyToStartReader } from './application/ready-to-start.reader';
import { SubsidyService } from './application/subsidy.service';
import { UitvalReader } from './application/uitval.reader';
import { RepaymentTaskMailHandler } from './jobs/repayment-task-mail.handler';
import { TermExpiredMailHandler } from './jobs/term-expired-mail.handler';
import { TermExpirySweep } from './jobs/term-expiry.sweep';
import { ProgrammesRepository } from './persistence/programmes.repository';
import { SubsidiesRepository } from './persistence/subsidies.repository';
import { UitvalRepository } from './persistence/uitval.repository';

/** Programmes (trajecten): start, phases, outcomes, extension, route switch, subsidy and uitval (R8, R11, R14). */
@Module({
  imports: [AccountsModule, CandidatesModule, NotificationsModule, OrganisationsModule, PlacementsModule, RoutesModule],
  providers: [
    ProgrammesRepository,
    SubsidiesRepository,
    UitvalRepository,
    ProgrammeReader,
    ReadyToStartReader,
    UitvalReader,
    ProgrammesService,
    SubsidyService,
    TermExpirySweep,
    TermExpiredMailHandler,
    RepaymentTaskMailHandler,
  ],
  exports: [ProgrammeReader, ReadyToStartReader, UitvalReader, ProgrammesService, SubsidyService],
})
export class ProgrammesModule {}
