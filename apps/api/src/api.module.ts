import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { Clock } from '@app/shared';
import { Database, InfraModule, type AppConfig } from '@app/infra';
import { AuditModule } from '@app/audit';
import { AccountsModule } from '@app/accounts';
import { OrganisationsModule } from '@app/organisations';
import { CandidatesModule } from '@app/candidates';
import { SelectionModule } from '@app/selection';
import { AssessmentModule } from '@app/assessment';
import { PlacementsModule } from '@app/placements';
import { RoutesModule } from '@app/routes';
import { ProgrammesModule } from '@app/programmes';
import { SurveysModule } from '@app/surveys';
import { PrivacyModule } from '@app/privacy';
import { CoachingModule } from '@app/coaching';
import { SelectionController } from './selection/selection.controller';
import { AssessmentController } from './assessment/assessment.controller';
import { CapacityController } from './placements/capacity.controller';
import { MatchingController } from './placements/matching.controller';
import { PlacementsController } from './placements/placements.controller';
import { ProgrammesController } from './programmes/programmes.controller';
import { ProgrammeTasksController } from './programmes/programme-tasks.controller';
import { CandidatePrivacyController } from './privacy/candidate-privacy.controller';
import { DataRequestsController } from './privacy/data-requests.controller';
import { ApplicationsController } from './applications/applications.controller';
import { AuditController } from './audit/audit.controller';
import { AuditTrailService } from './audit/audit-trail.service';
import { AuthController } from './auth/auth.controller';
import { CandidatesController } from './candidates/candidates.controller';
import { HealthController } from './health/health.controller';
import { ShutdownState } from './health/shutdown-state';
import { AuthGuard } from './http/auth.guard';
import { ErrorFilter } from './http/error.filter';
import { PostgresThrottlerStorage } from './http/postgres-throttler.storage';
import { loggerOptions } from './http/logger-options';
import { OperationsController } from './operations/operations.controller';
import { QueueDashboard } from './operations/queue-dashboard';
import { OrganisationsController } from './organisations/organisations.controller';
import { UsersController } from './users/users.controller';
import { MeController } from './me/me.controller';
import { CandidateRouteController } from './routes/candidate-route.controller';
import { RoutesController } from './routes/routes.controller';
import { SurveysController } from './surveys/surveys.controller';
import { CoachesController, CoachingController } from './coaching/coaching.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsModule } from '@app/notifications';
import { NotesModule } from '@app/notes';
import { NotesController } from './notes/notes.controller';
import { CandidateMessagesController } from './candidates/candidate-messages.controller';
import { CandidateMessagesService } from './candidates/candidate-messages.service';
import { CandidateBulkController } from './candidates/candidate-bulk.controller';
import { SourcesModule } from '@app/sources';
import { SourcesController } from './sources/sources.controller';
import { MailTemplatesController } from './mail-templates/mail-templates.controller';
import { PortalModule } from '@app/portal';
import { PortalController } from './portal/portal.controller';
import { CandidateSessions } from './portal/candidate-session';
import { ReportingModule } from '@app/reporting';
import { ReportsController } from './reports/reports.controller';
import { ImportsModule } from '@app/imports';
import { ImportsController } from './imports/imports.controller';
import { ExportsController } from './imports/exports.controller';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        InfraModule.forRoot({ config, processName: 'zij-instroom-api', clock }),
        AuditModule,
        AccountsModule,
        OrganisationsModule,
        CandidatesModule,
        SelectionModule,
        AssessmentModule,
        PlacementsModule,
        RoutesModule,
        ProgrammesModule,
        SurveysModule,
        PrivacyModule,
        CoachingModule,
        NotificationsModule,
        NotesModule,
        SourcesModule,
        PortalModule,
        ReportingModule,
        ImportsModule,
        ThrottlerModule.forRootAsync({
          inject: [Database],
          useFactory: (database: Database) => ({
            throttlers: [
              { name: 'login', ttl: 60_000, limit: config.loginAttemptsPerMinute, blockDuration: 60_000 },
              { name: 'applications', ttl: 3_600_000, limit: config.applicationsPerHour },
            ],
            storage: new PostgresThrottlerStorage(database),
            errorMessage: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
          }),
        }),
      ],
      controllers: [
        NotificationsController,
        OperationsController,
        AuthController,
        UsersController,
        MeController,
        ApplicationsController,
        CandidatesController,
        AuditController,
        OrganisationsController,
        HealthController,
        SelectionController,
        AssessmentController,
        CapacityController,
        PlacementsController,
        MatchingController,
        RoutesController,
        CandidateRouteController,
        ProgrammesController,
        ProgrammeTasksController,
        SurveysController,
        DataRequestsController,
        CandidatePrivacyController,
        CoachesController,
        CoachingController,
        NotesController,
        CandidateMessagesController,
        CandidateBulkController,
        SourcesController,
        MailTemplatesController,
        PortalController,
        ReportsController,
        ImportsController,
        ExportsController,
      ],
      providers: [
        ShutdownState,
        AuditTrailService,
        QueueDashboard,
        CandidateMessagesService,
        CandidateSessions,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
