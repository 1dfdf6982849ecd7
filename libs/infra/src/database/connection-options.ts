import type { PoolConfig } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * Pool limits that make an outage fail fast instead of hanging requests (RELIABILITY.md). No
 * client-side query_timeout: its per-query timers made V8 promote every result row to the old
 * generation (measured in bench/); statement_timeout bounds slow queries on the server instead.
 */
export function poolOptions(databaseUrl: string, applicationName: string): PoolConfig {
  return {
    connectionString: databaseUrl,
    application_name: applicationName,
    max: 20,
    connectionTimeoutMillis: 2000,
    statement_timeout: 10000,
    idle_in_transaction_session_timeout: 10000,
  };
}

/** TypeORM runs the migrations (and only those: the product queries through `Database`). */
export function migrationDataSourceOptions(databaseUrl: string): DataSourceOptions {
  const pool = poolOptions(databaseUrl, 'zij-instroom-migrate');
  return {
    type: 'postgres',
    url: databaseUrl,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: pool.application_name,
    extra: { max: 2, connectionTimeoutMillis: pool.connectionTimeoutMillis },
  };
}
