import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Clock } from '@app/shared';
import { loadConfig, type AppConfig, type QueueBackend } from '@app/infra';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { createWorkerApplication } from '../../apps/worker/src/bootstrap';
import { closeQuietQueue } from './quiet';
import { SmtpSink } from './smtp-sink';
import { baseDatabaseUrl, testDatabaseUrl, testRedisUrl, testRunName, withAdminClient } from './test-environment';

export const ADMIN_EMAIL = 'beheer@test.flevowijs.nl';
export const ADMIN_PASSWORD = 'test-admin-password-1';

export interface TestAppOptions {
  /** Start the worker in the same process (default true). */
  worker?: boolean;
  queueBackend?: QueueBackend;
  clock?: Clock;
  config?: Partial<AppConfig>;
}

export interface TestApp {
  baseUrl: string;
  config: AppConfig;
  mail: SmtpSink;
  api: NestFastifyApplication;
  worker: INestApplicationContext | undefined;
  /** A plain pg client on the test database, for arranging and asserting rows. */
  db: Client;
  storageDirectory: string;
  /** The clock API and worker share, when the test moves time. */
  clock: Clock | undefined;
  startWorker(): Promise<INestApplicationContext>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

function testConfig(overrides: Partial<AppConfig> & { storageDirectory: string; smtpUrl: string }): AppConfig {
  const redisUrl = testRedisUrl();
  const base = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: redisUrl,
    SMTP_URL: overrides.smtpUrl,
    STORAGE_DIR: overrides.storageDirectory,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    APP_URL: 'http://localhost:3000',
    QUEUE_PREFIX: testRunName(),
    LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    APPLICATIONS_PER_HOUR: '100000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  });
  return { ...base, ...overrides };
}

/** Boots the API (on a free port), the worker and an SMTP listener against the real services. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const mail = new SmtpSink();
  const smtpUrl = await mail.start();
  const storageDirectory = await mkdtemp(join(tmpdir(), 'zij-storage-'));
  const queueBackend = options.queueBackend ?? (testRedisUrl() ? 'redis' : 'postgres');
  const isolated = options.config?.databaseUrl ? undefined : await createIsolatedDatabase();
  const config = testConfig({
    smtpUrl,
    storageDirectory,
    queueBackend,
    ...(isolated ? { databaseUrl: isolated.url, queuePrefix: isolated.name } : {}),
    ...options.config,
  });
  const api = await createApiApplication(config, options.clock);
  await api.listen({ port: 0, host: '127.0.0.1' });
  const address = api.getHttpServer().address() as { port: number };
  const db = new Client({ connectionString: config.databaseUrl });
  await db.connect();
  const app: TestApp = {
    baseUrl: `http://127.0.0.1:${address.port}`,
    config,
    mail,
    api,
    worker: undefined,
    db,
    storageDirectory,
    clock: options.clock,
    async startWorker() {
      app.worker ??= await createWorkerApplication(config, { clock: options.clock });
      return app.worker;
    },
    async stopWorker() {
      await app.worker?.close();
      app.worker = undefined;
    },
    async close() {
      await boundedTeardown('the worker', () => app.stopWorker());
      await boundedTeardown('the test queue connection', () => closeQuietQueue(app));
      // Connections a test left open (a refused upload still sending) would keep the server waiting.
      api.getHttpServer().closeAllConnections();
      await boundedTeardown('the API', () => api.close());
      await db.end();
      await boundedTeardown('the SMTP listener', () => mail.stop());
      await rm(storageDirectory, { recursive: true, force: true });
      if (isolated) await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${isolated.name} WITH (FORCE)`));
    },
  };
  if (options.worker ?? true) await app.startWorker();
  return app;
}

let isolatedDatabases = 0;

/**
 * Every test app gets a database of its own, copied from the run's migrated database (a template
 * copy takes a fraction of a second), and a queue prefix of its own: no suite sees the users,
 * candidates or pending jobs another suite left behind.
 */
export async function createIsolatedDatabase(): Promise<{ name: string; url: string }> {
  isolatedDatabases += 1;
  // Jest runs test files in several worker processes, each counting from 1: the worker id keeps names apart.
  const name = `${testRunName()}_w${process.env.JEST_WORKER_ID ?? '1'}_${isolatedDatabases}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${testRunName()}`));
  const url = new URL(baseDatabaseUrl());
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/**
 * Starts a test app before the tests of the enclosing describe block and closes it after them.
 * Returns a getter: the app exists only once beforeAll has run. A describe block's afterAll hooks
 * run in the order they are declared, so whatever runs on the app's database must be closed in an
 * afterAll declared before this call.
 */
export function useTestApp(options: TestAppOptions = {}): () => TestApp {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('The test app is not started: use it in beforeAll, a test or afterAll.');
    return app;
  };
}

const TEARDOWN_STEP_MS = 20_000;

/**
 * A teardown step that hangs must not fail a suite whose tests all passed, nor hide: it is reported
 * by name and the teardown goes on (the database is dropped WITH (FORCE) in any case).
 */
async function boundedTeardown(what: string, work: () => Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), TEARDOWN_STEP_MS);
  });
  const outcome = await Promise.race([work().then(() => 'done' as const), hung]).finally(() => clearTimeout(timer));
  if (outcome === 'hung') console.warn(`Test app teardown: closing ${what} took longer than ${TEARDOWN_STEP_MS / 1000} s; going on without it`);
}
