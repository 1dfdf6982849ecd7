import { FixedClock } from '@app/shared';
import { Outbox, UnitOfWork } from '@app/infra';
import { apply } from '../support/factories';
import { queueJobIds, waitForQuiet } from '../support/quiet';
import { useTestApp } from '../support/test-app';

/**
 * A job written with `runAt` in the future waits in the outbox until it is due: the hand-over after
 * commit leaves it to the reconciler, which hands it to the queue once the clock has passed its time.
 * Before this test, dispatch handed every committed job over at once, so a delayed job ran at once
 * (this test then failed: the row was `done` and its queue job existed before the clock moved).
 */
describe('outbox: a delayed job runs when it is due, not before', () => {
  const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
  const app = useTestApp({ clock });

  it('keeps a job with a later runAt out of the queue until the reconciler finds it due', async () => {
    const { candidateId } = await apply(app());
    await waitForQuiet(app());
    const outbox = app().api.get(Outbox);
    const runAt = new Date(clock.now().getTime() + 3600_000);
    const [outboxId] = await app()
      .api.get(UnitOfWork)
      .run(() => outbox.write([{ name: 'candidates.application-received', data: { candidateId }, runAt }]));

    await outbox.dispatch([outboxId]);
    expect(await outbox.reconcile()).toBe(0);
    const waiting = await app().db.query(`SELECT status, enqueued_at FROM outbox_jobs WHERE id = $1`, [outboxId]);
    expect(waiting.rows).toEqual([{ status: 'pending', enqueued_at: null }]);
    expect(await queueJobIds(app(), outboxId)).toEqual([]);

    clock.set(new Date(runAt.getTime() + 1000));
    expect(await outbox.reconcile()).toBe(1);
    await waitForQuiet(app());
    const done = await app().db.query(`SELECT status FROM outbox_jobs WHERE id = $1`, [outboxId]);
    expect(done.rows).toEqual([{ status: 'done' }]);
  });
});
