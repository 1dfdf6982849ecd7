import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Pool limits that make an outage fail fast instead of hanging requests (RELIABILITY.md). */
export function dataSourceOptions(databaseUrl: string, applicationName: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName,
    extra: {
      max: 20,
      connectionTimeoutMillis: 2000,
      statement_timeout: 10000,
      idle_in_transaction_session_timeout: 10000,
      query_timeout: 12000,
    },
  };
}
