import { Client } from 'pg';
import IORedis from 'ioredis';
import type { AppConfig } from './app-config';

const TIMEOUT_MS = 3000;

/**
 * Checks at start that PostgreSQL (and Redis, when the queues run on it and `queue` is asked for)
 * answer, so a process that cannot work stops at once with one line saying what to start, instead
 * of a stack trace. The API needs PostgreSQL only: without the queue its jobs wait in the outbox.
 */
export async function preflight(config: AppConfig, needs: { queue: boolean } = { queue: true }): Promise<void> {
  const database = new Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: TIMEOUT_MS });
  try {
    await database.connect();
    await database.query('SELECT 1');
  } catch (error) {
    throw new PreflightError(`Cannot reach PostgreSQL at DATABASE_URL: start it or fix DATABASE_URL (${describe(error)}).`);
  } finally {
    await database.end().catch(() => undefined);
  }
  if (!needs.queue || config.queueBackend !== 'redis') return;
  const redis = new IORedis(config.redisUrl as string, { lazyConnect: true, connectTimeout: TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new PreflightError(`Cannot reach Redis at REDIS_URL: start it, fix REDIS_URL, or unset it to queue on PostgreSQL (${describe(error)}).`);
  } finally {
    redis.disconnect();
  }
}

export class PreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreflightError';
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
