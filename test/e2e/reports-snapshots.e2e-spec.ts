import { FixedClock } from '@app/shared';
import { REPORT_SNAPSHOT_SWEEP } from '@app/reporting';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { expectRefusal } from '../support/expectations';
import { insertReferenceData, type ReferenceData } from '../support/report-fixtures';

/**
 * The nightly snapshot (issue 14, item 6): the worker's sweep keeps the unfiltered figures as of the
 * day that ended, once a day; a snapshot is never changed afterwards. The database refuses it: a
 * trigger on report_snapshots rejects UPDATE, DELETE and TRUNCATE (without the trigger the UPDATE
 * below succeeded — checked once by dropping it), and a second run the same night inserts nothing.
 */
describe('reports: nightly snapshots', () => {
  const clock = new FixedClock(noonInAmsterdam('2027-03-15'));
  // The clock moves a day on: the session must outlast that.
  const app = useTestApp({ clock, config: { sessionHours: 24 * 7, sessionIdleMinutes: 60 * 24 * 7 } });
  let staff: TestUser;
  let data: ReferenceData;
  const sweep = () => app().worker!.get(JobsProcessor).runSweep(REPORT_SNAPSHOT_SWEEP);

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    data = await insertReferenceData(app(), staff.id);
  });

  it('keeps the figures as of yesterday, once, and never changes them', async () => {
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    const kpis = (await staff.http.get('/api/reports/kpis?asOf=2027-03-14')).body;
    const funnel = (await staff.http.get('/api/reports/funnel?asOf=2027-03-14')).body;
    const [snapshot] = (await staff.http.get('/api/reports/snapshots?from=2027-03-01')).body;
    expect(snapshot).toEqual({ takenOn: '2027-03-14', kpis, funnel, createdAt: expect.any(String) });

    // A figure changes afterwards (Q2 drops out on 15 March); yesterday's snapshot stays as it was.
    await app().db.query(
      `UPDATE programmes SET status = 'dropped_out', ended_on = '2027-03-15', dropout_reason = 'other_job', dropout_phase = 'year_2' WHERE id = $1`,
      [data.programmes.get('Q2')],
    );
    clock.set(noonInAmsterdam('2027-03-16'));
    expect(await sweep()).toBe(1);
    const trend = (await staff.http.get('/api/reports/snapshots?from=2027-03-14&until=2027-03-15')).body;
    expect(trend.map((entry: { takenOn: string }) => entry.takenOn)).toEqual(['2027-03-14', '2027-03-15']);
    expect(trend[0].kpis).toEqual(kpis);
    const cohort = (entry: { kpis: { uitval: { cohort: string; droppedOut: number }[] } }) => entry.kpis.uitval.find((row) => row.cohort === '2025-2026');
    expect(cohort(trend[0])?.droppedOut).toBe(1);
    expect(cohort(trend[1])?.droppedOut).toBe(2);
  });

  it('refuses in the database to change or delete a snapshot', async () => {
    for (const statement of [
      `UPDATE report_snapshots SET kpis = '{}'::jsonb`,
      `DELETE FROM report_snapshots WHERE taken_on = '2027-03-14'`,
      `TRUNCATE report_snapshots`,
    ]) {
      await expect(app().db.query(statement)).rejects.toMatchObject({ code: '23001' });
    }
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM report_snapshots WHERE kpis <> '{}'::jsonb`);
    expect(rows[0].count).toBe(2);
  });

  it('refuses a malformed period with a Dutch 400 naming the field', async () => {
    expectRefusal(await staff.http.get('/api/reports/snapshots?from=14-03-2027'), 400, 'from');
  });
});
