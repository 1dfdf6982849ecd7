import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { Clock } from '@app/shared';
import { InfraModule, SweepRuns, type AppConfig, type JobName } from '@app/infra';
import { AuditModule } from '@app/audit';
import { ACCOUNT_JOBS } from '@app/accounts';
import { CANDIDATE_JOBS, CandidatesModule } from '@app/candidates';
import { SELECTION_JOBS, SelectionModule } from '@app/selection';
import { ASSESSMENT_JOBS, AssessmentModule } from '@app/assessment';
import { NOTIFICATION_JOBS } from '@app/notifications';
import { PLACEMENT_JOBS, PlacementsModule } from '@app/placements';
import { PROGRAMME_JOBS, ProgrammesModule } from '@app/programmes';
import { SURVEY_JOBS, SurveysModule } from '@app/surveys';
import { PRIVACY_JOBS, PrivacyModule } from '@app/privacy';
import { COACHING_JOBS, CoachingModule } from '@app/coaching';
import { NOTE_JOBS, NotesModule } from '@app/notes';
import { PORTAL_JOBS, PortalModule } from '@app/portal';
import { ReportingModule } from '@app/reporting';
import { IMPORT_JOBS, ImportsModule } from '@app/imports';
import { DECLARED_JOBS, JobsProcessor } from './processors/jobs.processor';
import { OutboxReconciler } from './processors/outbox-reconciler';

/** Every job the modules declare. The check below fails to compile when a module's job is missing here. */
export const ALL_JOBS = [
  ...CANDIDATE_JOBS,
  ...SELECTION_JOBS,
  ...ASSESSMENT_JOBS,
  ...NOTIFICATION_JOBS,
  ...ACCOUNT_JOBS,
  ...PLACEMENT_JOBS,
  ...PROGRAMME_JOBS,
  ...SURVEY_JOBS,
  ...PRIVACY_JOBS,
  ...COACHING_JOBS,
  ...NOTE_JOBS,
  ...PORTAL_JOBS,
  ...IMPORT_JOBS,
] as const;
type Undeclared = Exclude<JobName, (typeof ALL_JOBS)[number]>;
const everyJobDeclared: [Undeclared] extends [never] ? true : Undeclared = true;
void everyJobDeclared;

export interface WorkerOptions {
  /** Replaces the system clock (tests move time with a FixedClock). */
  clock?: Clock;
  /** The jobs that must have exactly one handler; every module's jobs by default. */
  jobs?: readonly JobName[];
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DiscoveryModule,
        InfraModule.forRoot({ config, processName: 'zij-instroom-worker', clock: options.clock }),
        AuditModule,
        CandidatesModule,
        SelectionModule,
        AssessmentModule,
        PlacementsModule,
        ProgrammesModule,
        SurveysModule,
        PrivacyModule,
        CoachingModule,
        NotesModule,
        PortalModule,
        ReportingModule,
        ImportsModule,
      ],
      providers: [{ provide: DECLARED_JOBS, useValue: options.jobs ?? ALL_JOBS }, JobsProcessor, OutboxReconciler, SweepRuns],
    };
  }
}
