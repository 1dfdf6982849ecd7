import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { Clock, SystemClock } from '@app/shared';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { poolOptions } from './database/connection-options';
import { Database } from './database/database';
import { MailService } from './mail/mail.service';
import { Outbox } from './outbox/outbox.service';
import { UnitOfWork } from './outbox/unit-of-work';
import { StorageService } from './storage/storage.service';
import { WebLinks } from './mail/web-links';

export interface InfraOptions {
  config: AppConfig;
  /** Name shown in pg_stat_activity. */
  processName: string;
  /** Replaces the system clock (tests move time with a FixedClock). */
  clock?: Clock;
}

/** Configuration, database, unit of work, outbox, mail and storage for every process. */
@Global()
@Module({})
export class InfraModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  static forRoot(options: InfraOptions): DynamicModule {
    return {
      module: InfraModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: Database, useFactory: () => new Database(new Pool(poolOptions(options.config.databaseUrl, options.processName))) },
        Outbox,
        UnitOfWork,
        MailService,
        StorageService,
        WebLinks,
      ],
      exports: [APP_CONFIG, Clock, Database, Outbox, UnitOfWork, MailService, StorageService, WebLinks],
    };
  }

  /** The pool closes last: workers and requests finish in `beforeApplicationShutdown` and other modules' hooks. */
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
