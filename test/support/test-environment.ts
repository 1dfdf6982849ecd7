import { Client } from 'pg';

/**
 * Where the tests find PostgreSQL and Redis: DATABASE_URL / REDIS_URL (CI sets both). Without
 * DATABASE_URL, scripts/test.js (`npm test`) starts an embedded PostgreSQL and sets it for jest;
 * without REDIS_URL the queues run on BullMQ's PostgreSQL backend. The suite uses its own database.
 */
/** One database (and one Redis key prefix) per run, so runs on one machine never share state. */
export function testRunName(): string {
  process.env.TEST_RUN_NAME ??= `zij_test_${process.pid}_${Date.now().toString(36)}`;
  return process.env.TEST_RUN_NAME;
}

export function baseDatabaseUrl(): string {
  const url = process.env.TEST_BASE_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through `npm test`, which starts an embedded PostgreSQL, or set DATABASE_URL');
  return url;
}

export function testDatabaseUrl(): string {
  const url = new URL(baseDatabaseUrl());
  url.pathname = `/${testRunName()}`;
  return url.toString();
}

export function testRedisUrl(): string | undefined {
  return process.env.REDIS_URL?.trim() || undefined;
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(baseDatabaseUrl());
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
