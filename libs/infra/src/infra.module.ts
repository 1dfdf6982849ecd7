import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, SystemClock } from '@app/shared';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { Database } from './database/database';
import { MailService } from './mail/mail.service';
import { Outbox } from './outbox/outbox.service';
import { StorageService } from './storage/storage.service';

export interface InfraOptions {
  config: AppConfig;
  /** Name shown in pg_stat_activity. */
  processName: string;
  /** Replaces the system clock (tests move time with a FixedClock). */
  clock?: Clock;
}

/** Configuration, database, outbox, mail and storage for every process. */
@Global()
@Module({})
export class InfraModule {
  static forRoot(options: InfraOptions): DynamicModule {
    return {
      module: InfraModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.config.databaseUrl, options.processName),
          autoLoadEntities: true,
          retryAttempts: 0,
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        Database,
        Outbox,
        MailService,
        StorageService,
      ],
      exports: [APP_CONFIG, Clock, Database, Outbox, MailService, StorageService],
    };
  }
}
