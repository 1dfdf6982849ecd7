import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Queue } from 'bullmq';
import { Pool } from 'pg';
import { createJobsQueue, runMigrations, type AppConfig, type OutboxJobData } from '@app/infra';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../scripts/embedded-postgres';
import { applicationFields, applicationForm } from './factories';
import { freePort, PrivateRedis, waitUntil } from './private-redis';
import { ProductProcess } from './product-process';
import { SmtpSink, type ReceivedMail } from './smtp-sink';
import { createIsolatedDatabase } from './test-app';
import { testRunName, withAdminClient } from './test-environment';

export interface FaultRigOptions {
  /** A PostgreSQL server of the test's own, which the test may stop; by default a database on the shared server. */
  privatePostgres?: boolean;
  /** Configuration of API and worker beyond the rig's (delays tuned for a test, never what is asserted). */
  env?: Record<string, string>;
}

/** One application as the load generator saw it: acknowledged (202) or not, and why not. */
export interface Submission {
  status: number;
  email: string;
  /** The dossier's reference: the answer names none (R3), so waitForAllMail reads it from the database. */
  reference?: string;
  /** A network error instead of an answer (e.g. ECONNRESET, ECONNREFUSED). */
  error?: string;
}

/** What the SMTP listener received for a set of acknowledged applications. */
export interface MailCensus {
  expected: number;
  /** Expected messages that never arrived (recipient and reference). */
  missing: string[];
  /** Messages that arrived more than once under different Message-IDs: duplicates no one can recognise. */
  unrecognisable: string[];
  /** Extra copies of a message under its own Message-ID (a resend after a crash). */
  repeated: number;
}

const STAFF_EMAIL = 'balie@fault.flevowijs.nl';

/**
 * The product as it runs in production, for the fault suite: the API and the worker as processes of
 * their own against a private Redis, a real SMTP listener and PostgreSQL (a private server when the
 * test stops it). Applications are posted over HTTP and every mail is counted at the listener.
 */
export class FaultRig {
  readonly workers: ProductProcess[] = [];
  api: ProductProcess | undefined;
  apiUrl = '';
  private readonly pool: Pool;
  private queueHandle: Queue<OutboxJobData> | undefined;

  private constructor(
    readonly mail: SmtpSink,
    readonly redis: PrivateRedis,
    private readonly database: { url: string; drop(): Promise<void>; server?: EmbeddedPostgres; scratch?: string },
    private readonly smtpUrl: string,
    private readonly storageDirectory: string,
    private readonly extraEnv: Record<string, string>,
  ) {
    this.pool = new Pool({ connectionString: database.url, max: 4 });
    this.pool.on('error', () => undefined); // the test stops the server under it
  }

  static async start(options: FaultRigOptions = {}): Promise<FaultRig> {
    const redis = await PrivateRedis.start();
    const storageDirectory = await mkdtemp(join(tmpdir(), 'zij-fault-storage-'));
    const database = options.privatePostgres ? await privatePostgres() : await sharedDatabase();
    const mail = new SmtpSink();
    const rig = new FaultRig(mail, redis, database, await mail.start(), storageDirectory, options.env ?? {});
    await rig.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Balie', 'staff', '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtbG9naW4$bm90LWEtbG9naW4')`,
      [STAFF_EMAIL],
    );
    return rig;
  }

  /** The environment an operator would give API and worker. */
  env(): Record<string, string> {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: this.database.url,
      REDIS_URL: this.redis.url,
      QUEUE_BACKEND: 'redis',
      QUEUE_PREFIX: `${testRunName()}_fault`,
      SMTP_URL: this.smtpUrl,
      STORAGE_DIR: this.storageDirectory,
      ADMIN_EMAIL: 'beheer@fault.flevowijs.nl',
      ADMIN_PASSWORD: 'fault-admin-password-1',
      APP_URL: 'http://localhost:3000',
      APPLICATIONS_PER_HOUR: '100000',
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      // Info: the processes say when they run; the tests read warnings and errors from the same lines.
      LOG_LEVEL: 'info',
      ...this.extraEnv,
    };
  }

  async startApi(env: Record<string, string> = {}): Promise<ProductProcess> {
    const port = await freePort();
    const api = await ProductProcess.start('api', { ...this.env(), PORT: String(port), ...env });
    this.api = api;
    this.apiUrl = `http://127.0.0.1:${port}`;
    return api;
  }

  async startWorker(): Promise<ProductProcess> {
    const worker = await ProductProcess.start('worker', this.env());
    this.workers.push(worker);
    return worker;
  }

  async stopPostgres(): Promise<void> {
    await this.database.server?.stop();
  }

  /** The private server again, on the port its clients know. */
  async startPostgres(): Promise<void> {
    const { server, scratch } = this.database;
    if (!server || !scratch) throw new Error('Only a private PostgreSQL can be stopped and started');
    this.database.server = await startEmbeddedPostgres({ dataDirectory: join(scratch, 'data'), throwaway: true, port: server.port });
  }

  async query<Row = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, parameters)).rows as Row[];
  }

  /** The queue as the product sees it (same prefix), to read which jobs are active at a moment. */
  queue(): Queue<OutboxJobData> {
    // createJobsQueue returns a full BullMQ Queue; its type shows only what the producer needs.
    const config = { queueBackend: 'redis', redisUrl: this.redis.url, queuePrefix: this.env().QUEUE_PREFIX } as AppConfig;
    this.queueHandle ??= createJobsQueue(config) as unknown as Queue<OutboxJobData>;
    return this.queueHandle;
  }

  /** Posts `count` applications, `concurrency` at a time, to `baseUrl()` (read per request: a test may move the load). */
  async submitApplications(
    count: number,
    { concurrency = 6, baseUrl = () => this.apiUrl }: { concurrency?: number; baseUrl?: () => string } = {},
  ): Promise<Submission[]> {
    const submissions: Submission[] = [];
    let next = 0;
    const lane = async () => {
      while (next < count) {
        next += 1;
        submissions.push(await this.submitOne(baseUrl()));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return submissions;
  }

  async submitOne(baseUrl = this.apiUrl): Promise<Submission> {
    const fields = applicationFields();
    try {
      const response = await fetch(`${baseUrl}/api/applications`, { method: 'POST', body: applicationForm({ ...fields }) });
      await response.arrayBuffer();
      return { status: response.status, email: fields.email };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      return { status: 0, email: fields.email, error: cause?.code ?? (error as Error).message };
    }
  }

  /** Every acknowledged application should give one confirmation to the applicant and one desk mail to staff. */
  census(submissions: Submission[]): MailCensus {
    const accepted = submissions.filter((submission) => submission.status === 202);
    const byKey = new Map<string, ReceivedMail[]>();
    for (const message of this.mail.messages) {
      const reference = /\(([^()]+)\)$|zij-instroom (\S+) \(/.exec(message.subject ?? '');
      for (const recipient of message.envelopeTo) {
        for (const candidate of [reference?.[1], reference?.[2]]) {
          if (!candidate) continue;
          const key = `${recipient} ${candidate}`;
          byKey.set(key, [...(byKey.get(key) ?? []), message]);
        }
      }
    }
    const census: MailCensus = { expected: 0, missing: [], unrecognisable: [], repeated: 0 };
    for (const submission of accepted) {
      for (const recipient of [submission.email.toLowerCase(), STAFF_EMAIL]) {
        census.expected += 1;
        if (!submission.reference) {
          census.missing.push(`${recipient} (acknowledged, but no dossier of ${submission.email})`);
          continue;
        }
        const key = `${recipient} ${submission.reference}`;
        const messages = byKey.get(key) ?? [];
        if (messages.length === 0) census.missing.push(key);
        const ids = new Set(messages.map((message) => message.messageId));
        if (ids.size > 1) census.unrecognisable.push(key);
        census.repeated += messages.length - ids.size;
      }
    }
    return census;
  }

  /** Waits until every acknowledged application's mails arrived (or `timeoutMs` passed) and the outbox holds nothing to do. */
  async waitForAllMail(submissions: Submission[], timeoutMs: number): Promise<MailCensus> {
    await this.readReferences(submissions);
    await this.mail.waitFor(() => this.census(submissions).missing.length === 0, timeoutMs).catch(() => undefined); // the census below says what is missing
    await waitUntil(
      async () => (await this.query(`SELECT 1 FROM outbox_jobs WHERE status = 'pending' AND next_attempt_at <= now()`).catch(() => [{}])).length === 0,
      'the outbox to drain',
      30_000,
    ).catch(() => undefined);
    return this.census(submissions);
  }

  /** The references of the acknowledged applications, read from the database once it answers (a test may have stopped it). */
  private async readReferences(submissions: Submission[]): Promise<void> {
    const acknowledged = submissions.filter((submission) => submission.status === 202 && !submission.reference);
    if (acknowledged.length === 0) return;
    await waitUntil(
      async () => {
        const rows = await this.query<{ email: string; reference: string }>(
          `SELECT lower(email) AS email, reference FROM candidates WHERE lower(email) = ANY($1::text[])`,
          [acknowledged.map((submission) => submission.email.toLowerCase())],
        ).catch(() => null);
        if (!rows) return false;
        const references = new Map(rows.map((row) => [row.email, row.reference]));
        for (const submission of acknowledged) submission.reference = references.get(submission.email.toLowerCase());
        return true;
      },
      'the database to tell the references of the acknowledged applications',
      60_000,
    );
  }

  /** When the first mail after `since` arrived (ms after it), or undefined. */
  firstMailAfter(since: number): number | undefined {
    const first = this.mail.messages.filter((message) => message.receivedAt >= since).map((message) => message.receivedAt);
    return first.length ? Math.min(...first) - since : undefined;
  }

  async close(): Promise<void> {
    await Promise.all([this.api, ...this.workers].map((product) => product?.kill()));
    await this.queueHandle?.close().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
    await this.mail.stop().catch(() => undefined);
    await this.redis.kill();
    await this.database.drop();
    await rm(this.storageDirectory, { recursive: true, force: true });
  }
}

async function sharedDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { name, url } = await createIsolatedDatabase();
  return { url, drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

async function privatePostgres(): Promise<{ url: string; drop(): Promise<void>; server: EmbeddedPostgres; scratch: string }> {
  const scratch = await mkdtemp(join(tmpdir(), 'zij-fault-postgres-'));
  await chmod(scratch, 0o755); // as root the server runs as the postgres user and must reach its data
  const server = await startEmbeddedPostgres({ dataDirectory: join(scratch, 'data'), throwaway: true });
  await runMigrations(server.url);
  const database = {
    url: server.url,
    server,
    scratch,
    async drop() {
      await database.server.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
  return database;
}

/**
 * A rig for the tests of the enclosing describe block, started before them (by default with one
 * API and one worker) and closed after them. Returns a getter, as useTestApp does.
 */
export function useFaultRig(options: FaultRigOptions = {}, start: (rig: FaultRig) => Promise<unknown> = startApiAndWorker): () => FaultRig {
  let rig: FaultRig | undefined;
  beforeAll(async () => {
    rig = await FaultRig.start(options);
    await start(rig);
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });
  return () => {
    if (!rig) throw new Error('The fault rig is not started: use it in a test or afterAll.');
    return rig;
  };
}

async function startApiAndWorker(rig: FaultRig): Promise<void> {
  await rig.startApi();
  await rig.startWorker();
}
