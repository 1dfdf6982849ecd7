import { testRunName, withAdminClient } from './test-environment';

/** Drops this run's database. */
export default async function globalTeardown(): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${testRunName()} WITH (FORCE)`);
  });
}
