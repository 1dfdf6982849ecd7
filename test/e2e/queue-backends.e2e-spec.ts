import { runMigrations, type QueueBackend } from '@app/infra';
import { startTestApp, type TestApp } from '../support/test-app';
import { baseDatabaseUrl, testRedisUrl, testRunName, withAdminClient } from '../support/test-environment';
import { apply } from '../support/factories';

/**
 * The same scenario on every queue backend this run can reach: BullMQ's PostgreSQL backend always
 * (the embedded default), Redis when REDIS_URL is set (always on CI). Each backend gets a database
 * and a queue prefix of its own: jobs other suites left in the shared ones must not queue in front.
 */
const backends: QueueBackend[] = testRedisUrl() ? ['postgres', 'redis'] : ['postgres'];

describe.each(backends)('queue backend %s', (backend) => {
  const name = `${testRunName()}_queue_${backend}`;
  let app: TestApp;

  beforeAll(async () => {
    const url = new URL(baseDatabaseUrl());
    url.pathname = `/${name}`;
    await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
    await runMigrations(url.toString());
    app = await startTestApp({ queueBackend: backend, worker: false, config: { databaseUrl: url.toString(), queuePrefix: name } });
  });
  afterAll(async () => {
    await app?.close();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  it('runs on the backend asked for', () => {
    expect(app.config.queueBackend).toBe(backend);
  });

  it('delivers the confirmation of a public application through the worker', async () => {
    await app.startWorker();
    const receipt = await apply(app);
    await app.mail.waitFor(() => app.mail.to(receipt.email).length === 1);
    expect(app.mail.to(receipt.email)[0].subject).toContain(receipt.reference);
  });

  it('keeps a job queued while no worker runs and delivers it once a worker starts', async () => {
    await app.stopWorker();
    const receipt = await apply(app);
    // Long enough for a running worker to have sent it (the scenario above takes well under this).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(app.mail.to(receipt.email)).toHaveLength(0);
    const [row] = (
      await app.db.query<{ enqueued: boolean; completed: boolean }>(
        `SELECT enqueued_at IS NOT NULL AS enqueued, completed_at IS NOT NULL AS completed
         FROM outbox_jobs WHERE name = 'candidates.application-received' AND payload->>'candidateId' = $1`,
        [receipt.candidateId],
      )
    ).rows;
    expect(row).toEqual({ enqueued: true, completed: false });

    await app.startWorker();
    await app.mail.waitFor(() => app.mail.to(receipt.email).length === 1);
    expect(app.mail.to(receipt.email)[0].subject).toContain(receipt.reference);
    // At-least-once delivery, yet one mail: a second worker start does not send it again.
    await app.stopWorker();
    await app.startWorker();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(app.mail.to(receipt.email)).toHaveLength(1);
  });
});
