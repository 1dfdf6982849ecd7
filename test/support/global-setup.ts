import { runMigrations } from '@app/infra';
import { TEST_DATABASE_NAME, testDatabaseUrl, withAdminClient } from './test-environment';

/** A fresh, migrated test database for every run of the suite. */
export default async function globalSetup(): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE_NAME} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEST_DATABASE_NAME}`);
  });
  await runMigrations(testDatabaseUrl());
}
