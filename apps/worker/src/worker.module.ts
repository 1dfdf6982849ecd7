import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { Clock } from '@app/shared';
import { InfraModule, type AppConfig } from '@app/infra';
import { AuditModule } from '@app/audit';
import { CandidatesModule } from '@app/candidates';
import { SelectionModule } from '@app/selection';
import { AssessmentModule } from '@app/assessment';
import { JobsProcessor } from './processors/jobs.processor';
import { OutboxReconciler } from './processors/outbox-reconciler';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DiscoveryModule,
        InfraModule.forRoot({ config, processName: 'zij-instroom-worker', clock }),
        AuditModule,
        CandidatesModule,
        SelectionModule,
        AssessmentModule,
      ],
      providers: [JobsProcessor, OutboxReconciler],
    };
  }
}
