import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CandidatesModule } from '@app/candidates';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { PlacementsModule } from '@app/placements';
import { RoutesModule } from '@app/routes';
import { SurveysModule } from '@app/surveys';
import { ProgrammeReader } from './application/programme.reader';
import { ProgrammesService } from './application/programmes.service';
import { ReadyToStartReader } from './application/ready-to-start.reader';
import { SubsidyService } from './application/subsidy.service';
import { UitvalReader } from './application/uitval.reader';
import { RepaymentTaskMailHandler } from './jobs/repayment-task-mail.handler';
import { TermExpiredMailHandler } from './jobs/term-expired-mail.handler';
import { TermExpirySweep } from './jobs/term-expiry.sweep';
import { EndReminderHandler } from './jobs/end-reminder.handler';
import { EndRemindersSweep } from './jobs/end-reminders.sweep';
import { UitvalAlertHandler } from './jobs/uitval-alert.handler';
import { UitvalWatchSweep } from './jobs/uitval-watch.sweep';
import { YearOneSurveySweep } from './jobs/year-one-survey.sweep';
import { RemindersRepository } from './persistence/reminders.repository';
import { ProgrammesRepository } from './persistence/programmes.repository';
import { SubsidiesRepository } from './persistence/subsidies.repository';
import { UitvalRepository } from './persistence/uitval.repository';
import { ProgrammeHistoryRepository } from './persistence/programme-history.repository';
import { ProgrammeHistoryService } from './application/programme-history.service';
import { ProgrammePersonalData } from './application/programme-personal-data.service';

/** Programmes (trajecten): start, phases, outcomes, extension, route switch, subsidy and uitval (R8, R11, R14). */
@Module({
  imports: [AccountsModule, CandidatesModule, NotificationsModule, OrganisationsModule, PlacementsModule, RoutesModule, SurveysModule],
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
    RemindersRepository,
    EndRemindersSweep,
    EndReminderHandler,
    YearOneSurveySweep,
    UitvalWatchSweep,
    UitvalAlertHandler,
    ProgrammeHistoryRepository,
    ProgrammeHistoryService,
    ProgrammePersonalData,
  ],
  exports: [ProgrammeReader, ReadyToStartReader, UitvalReader, ProgrammesService, SubsidyService, ProgrammeHistoryService, ProgrammePersonalData],
})
export class ProgrammesModule {}
