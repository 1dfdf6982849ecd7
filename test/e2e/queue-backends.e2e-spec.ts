import { runMigrations, type QueueBackend } from '@app/infra';
import { startTestApp, type TestApp } from '../support/test-app';
import { baseDatabaseUrl, testRedisUrl, testRunName, withAdminClient } from '../support/test-environment';
import { apply } from '../support/factories';
import { HttpClient } from '../support/http-client';
import { eventually } from '../support/expectations';
import { queueJobId } from '@app/infra';
import { queueJobState, waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';

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

  it('runs on the backend asked for, as the running app reports it', async () => {
    // The app's own answer, not the configuration this test handed it.
    const health = await new HttpClient(app.baseUrl).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.queue).toEqual({ status: 'up', backend });
  });

  it('delivers the confirmation of a public application through the worker', async () => {
    await app.startWorker();
    const receipt = await apply(app);
    await app.mail.waitFor(() => app.mail.to(receipt.email).length === 1);
    expect(app.mail.to(receipt.email)[0].subject).toContain(receipt.reference);
    await waitForQuiet(app);
    expect(app.mail.to(receipt.email)).toHaveLength(1);
    await expectSentOnce(app, 'application_confirmation', receipt.candidateId, [{ dueKey: 'once', recipient: receipt.email }]);
  });

  it('keeps a job queued while no worker runs and delivers it once a worker starts', async () => {
    await app.stopWorker();
    const receipt = await apply(app);
    const outboxRow = async () =>
      (
        await app.db.query<{ id: string; enqueued: boolean; completed: boolean }>(
          `SELECT id, enqueued_at IS NOT NULL AS enqueued, completed_at IS NOT NULL AS completed
           FROM outbox_jobs WHERE name = 'candidates.application-received' AND payload->>'candidateId' = $1`,
          [receipt.candidateId],
        )
      ).rows[0];
    // Handed to the queue: from here on only a worker could send it, and none runs.
    const row = await eventually(async () => ((await outboxRow())?.enqueued ? outboxRow() : undefined), 'the job handed to the queue');
    // The queue holds it as waiting: nothing took it up (the queue job id is the outbox id and its first try).
    expect(await queueJobState(app, queueJobId(row.id, 0))).toBe('waiting');
    expect(app.mail.to(receipt.email)).toHaveLength(0);
    expect(await outboxRow()).toEqual({ id: row.id, enqueued: true, completed: false });

    await app.startWorker();
    await app.mail.waitFor(() => app.mail.to(receipt.email).length === 1);
    expect(app.mail.to(receipt.email)[0].subject).toContain(receipt.reference);
    // At-least-once delivery, yet one mail: a second worker start does not send it again.
    await app.stopWorker();
    await app.startWorker();
    await waitForQuiet(app);
    expect(app.mail.to(receipt.email)).toHaveLength(1);
    await expectSentOnce(app, 'application_confirmation', receipt.candidateId, [{ dueKey: 'once', recipient: receipt.email }]);
  });
});
