import { startTestApp, type TestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { applicationFields, applicationForm, apply, openDossierOf } from '../support/factories';
import { eventually } from '../support/expectations';
import { PrivateRedis } from '../support/private-redis';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { OutboxReconciler } from '../../apps/worker/src/processors/outbox-reconciler';

/**
 * RELIABILITY.md, Redis: PostgreSQL is the source of truth. While Redis is gone an application is
 * still kept (its job waits in the outbox), and once Redis is back the worker's own connection
 * recovers and the confirmation goes out — once.
 */
describe('Redis unavailable while an application arrives', () => {
  let redis: PrivateRedis;
  let app: TestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    app = await startTestApp({ queueBackend: 'redis', config: { redisUrl: redis.url, queueBackend: 'redis' } });
  });
  afterAll(async () => {
    // The app closes its queue connections cleanly only while Redis answers.
    await redis.restart();
    await app?.close();
    await redis.kill();
  });

  it('keeps the application (202) and sends its mails once Redis is back', async () => {
    // The queue works before the outage.
    const before = await apply(app);
    await app.mail.waitFor(() => app.mail.to(before.email).length === 1);

    await redis.kill();
    const fields = applicationFields();
    const started = Date.now();
    const result = await new HttpClient(app.baseUrl).postForm('/api/applications', applicationForm({ ...fields }));
    expect(result.status).toBe(202);
    // The API does not wait on the missing queue.
    expect(Date.now() - started).toBeLessThan(3000);
    const dossier = await openDossierOf(app, fields.email);
    expect(dossier).not.toBeNull();
    const { candidateId, reference } = dossier as { candidateId: string; reference: string };

    const outboxRow = async () =>
      (await app.db.query(`SELECT enqueued_at, completed_at FROM outbox_jobs WHERE payload->>'candidateId' = $1`, [candidateId])).rows as {
        enqueued_at: Date | null;
        completed_at: Date | null;
      }[];
    // A hand-over tried and failed (the reconciler's, awaited here; the API's own can only fail too):
    // the job stays in the outbox, not handed to any queue.
    await app.worker?.get(OutboxReconciler).tick();
    expect(await outboxRow()).toEqual([{ enqueued_at: null, completed_at: null }]);
    const health = await new HttpClient(app.baseUrl).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.details).toEqual(
      expect.objectContaining({ database: expect.objectContaining({ status: 'up' }), queue: expect.objectContaining({ status: 'down' }) }),
    );
    expect(await outboxRow()).toEqual([{ enqueued_at: null, completed_at: null }]);
    expect(app.mail.to(fields.email)).toHaveLength(0);

    await redis.restart();
    // The reconciler ticks every 5 s by itself; the worker's BullMQ connection must recover on its own.
    await app.mail.waitFor(() => app.mail.to(fields.email).length === 1, 30000);
    const confirmation = app.mail.to(fields.email)[0];
    expect(confirmation.subject).toContain(reference);
    await eventually(async () => (await outboxRow())[0]?.completed_at, 'outbox job completed', 10000);
    expect((await outboxRow())[0].enqueued_at).not.toBeNull();
    // Sent once, even if the reconciler and the first hand-over both reached the queue.
    await waitForQuiet(app);
    expect(app.mail.to(fields.email)).toHaveLength(1);
    await expectSentOnce(app, 'application_confirmation', candidateId, [{ dueKey: 'once', recipient: fields.email }]);
    expect((await new HttpClient(app.baseUrl).get('/api/health')).status).toBe(200);
  }, 90000);
});
