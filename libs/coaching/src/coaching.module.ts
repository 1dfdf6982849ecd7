import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CandidatesModule } from '@app/candidates';
import { NotificationsModule } from '@app/notifications';
import { ProgrammesModule } from '@app/programmes';
import { CoachAssignmentService } from './application/coach-assignment.service';
import { CoachesService } from './application/coaches.service';
import { CoachingReader } from './application/coaching.reader';
import { CoachingSessionsService } from './application/coaching-sessions.service';
import { CoachingPersonalData } from './application/coaching-personal-data.service';
import { CoachScopeRegistration } from './coach-scope.registration';
import { AssignCoachHandler } from './jobs/assign-coach.handler';
import { CoachAssignmentSweep } from './jobs/coach-assignment.sweep';
import { NeedsCoachMailHandler } from './jobs/needs-coach-mail.handler';
import { CoachesRepository } from './persistence/coaches.repository';
import { SessionsRepository } from './persistence/sessions.repository';
import { CoachingRemindersRepository } from './persistence/coaching-reminders.repository';
import { CoachingErasureRepository } from './persistence/coaching-erasure.repository';
import { NoSessionRemindersSweep } from './jobs/no-session-reminders.sweep';
import { NoSessionReminderHandler } from './jobs/no-session-reminder.handler';
import { NormWatchSweep } from './jobs/norm-watch.sweep';
import { BehindNormReminderHandler } from './jobs/behind-norm-reminder.handler';
import { SessionHistoryRepository } from './persistence/session-history.repository';
import { CoachingHistoryService } from './application/coaching-history.service';

/** Coaching (begeleiding): coaches, their assignment (R9), sessions and norms (R10), at-risk flags, their reminders (R12) and erasure (R13); a coach's programme scope (R14). */
@Module({
  imports: [AccountsModule, CandidatesModule, NotificationsModule, ProgrammesModule],
  providers: [
    CoachesRepository,
    SessionsRepository,
    CoachesService,
    CoachAssignmentService,
    CoachingSessionsService,
    CoachingReader,
    CoachScopeRegistration,
    AssignCoachHandler,
    NeedsCoachMailHandler,
    CoachAssignmentSweep,
    CoachingRemindersRepository,
    CoachingErasureRepository,
    CoachingPersonalData,
    NoSessionRemindersSweep,
    NoSessionReminderHandler,
    NormWatchSweep,
    BehindNormReminderHandler,
    SessionHistoryRepository,
    CoachingHistoryService,
  ],
  exports: [CoachesService, CoachAssignmentService, CoachingSessionsService, CoachingReader, CoachingPersonalData, CoachingHistoryService],
})
export class CoachingModule {}
