import { runMigrations } from '@app/infra';
import { testDatabaseUrl, testRunName, withAdminClient } from './test-environment';

/** A fresh, migrated test database for every run of the suite. */
export default async function globalSetup(): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`CREATE DATABASE ${testRunName()}`);
  });
  await runMigrations(testDatabaseUrl());
}
