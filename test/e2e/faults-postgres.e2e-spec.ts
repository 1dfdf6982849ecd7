import { useFaultRig } from '../support/fault-rig';

const RESUMED_WITHIN_MS = 30_000;
/** As long as the outside probe that lost 88 of 100 mails: far past every try of a queue job. */
const OUTAGE_MS = 150_000;

/**
 * RELIABILITY.md, a long PostgreSQL outage: 100 applications acknowledged, their jobs queued, then
 * PostgreSQL stops for 150 s. The queue uses up every try of those jobs meanwhile, and cannot even
 * record that on the outbox rows. When PostgreSQL is back the reconciler sees that the queue ended
 * them without their rows being done and hands them over again, under fresh queue jobs.
 * Counted at the SMTP listener: every mail arrives, resumed within 30 s of PostgreSQL's return.
 *
 * Against the former reconciler, which re-added a failed job under its old id (the queue ignored
 * the re-adds), the outside probe counted 88 of 100 confirmations and desk mails never sent; the
 * same re-add fails test/e2e/mail-relay-outage.e2e-spec.ts's PostgreSQL case in seconds.
 */
describe('PostgreSQL down for 150 s with jobs queued', () => {
  const rig = useFaultRig({ privatePostgres: true });

  it('sends every mail once PostgreSQL is back, within 30 s of its return', async () => {
    const submissions = await rig().submitApplications(100, { concurrency: 8 });
    expect(submissions.filter((submission) => submission.status !== 202)).toEqual([]);
    await rig().stopPostgres();
    const sentAtStop = rig().mail.messages.length;

    // While it is down the API refuses new applications plainly (nothing acknowledged is lost).
    const refused = await rig().submitOne();
    expect(refused.status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS)); // the outage itself

    await rig().startPostgres();
    const returnedAt = Date.now();
    const census = await rig().waitForAllMail(submissions, 90_000);
    expect(census.missing).toEqual([]);
    expect(census.unrecognisable).toEqual([]);
    expect(census.expected).toBe(200);
    expect(sentAtStop).toBeLessThan(200); // the outage did catch work in the queue
    expect(rig().firstMailAfter(returnedAt)).toBeLessThan(RESUMED_WITHIN_MS);
    expect(rig().api?.running).toBe(true);
    expect(rig().workers[0].running).toBe(true);
  }, 420_000);
});
