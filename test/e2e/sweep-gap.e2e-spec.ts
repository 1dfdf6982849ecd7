import { INTERVIEW_REMINDER_SWEEP } from '@app/selection';
import { useTestApp } from '../support/test-app';
import { eventually } from '../support/expectations';
import { queueJobIds, waitForQuiet } from '../support/quiet';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';

/**
 * RELIABILITY.md, a lost Redis: the queue keeps the sweep schedules, so a sweep due while Redis had
 * lost them (a FLUSHALL, a restart without data) would be skipped until its next due time — a day
 * for the assessment reminders. The worker compares each sweep's last start with its schedule and
 * runs a missed sweep once when the schedules are back. (Without that comparison no run happens
 * here: the recreated scheduler only looks forward.)
 */
describe('a sweep due while the queue had lost its schedule', () => {
  const app = useTestApp();

  it('runs once when the schedules are back, however often they are restored', async () => {
    const lastStart = async () =>
      (await app().db.query<{ last_started_at: Date }>(`SELECT last_started_at FROM sweep_runs WHERE name = $1`, [INTERVIEW_REMINDER_SWEEP])).rows[0]
        ?.last_started_at;
    // The worker records every sweep when it starts; the hourly reminder sweep last started two hours ago.
    await eventually(lastStart, 'the sweep recorded at boot');
    await app().db.query(`UPDATE sweep_runs SET last_started_at = now() - interval '2 hours' WHERE name = $1`, [INTERVIEW_REMINDER_SWEEP]);
    const before = new Date(Date.now() - 60_000);

    const processor = (await app().startWorker()).get(JobsProcessor);
    await processor.scheduleSweeps();
    await processor.scheduleSweeps();
    await eventually(async () => ((await lastStart()) > before ? true : undefined), 'the missed sweep started');
    await processor.scheduleSweeps();
    await waitForQuiet(app());

    expect(await queueJobIds(app(), `sweep-missed.${INTERVIEW_REMINDER_SWEEP}.`)).toHaveLength(1);
    // The daily sweep was recorded at boot, after its last due time: nothing missed there.
    expect(await queueJobIds(app(), 'sweep-missed.assessment')).toEqual([]);
  });
});
