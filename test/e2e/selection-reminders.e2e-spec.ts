import type { Job } from 'bullmq';
import { FixedClock } from '@app/shared';
import type { OutboxJobData } from '@app/infra';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { createUser, login, type TestUser } from '../support/factories';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { MAIL_WAIT_MS, candidateInScreening, interviewBody, panelBoard, waitForCalendarMails, type PanelBoard } from '../support/selection-fixtures';

const SWEEP = 'selection.interview-reminders';
const REMINDER = 'Herinnering: morgen';

/** R12: the interview reminder the day before, once per recipient, through the outbox and the worker. */
describe('selection interview reminder (R12)', () => {
  // The interview is on Thursday 25 March 2027 at 10:00 Amsterdam time (09:00 UTC).
  const clock = new FixedClock(new Date('2027-03-20T09:00:00Z'));
  const app = useTestApp({ clock });
  let staff: TestUser;
  let board: PanelBoard;
  let candidate: { candidateId: string; email: string };
  let interviewId: string;
  let recipients: string[];

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    board = await panelBoard(app());
    candidate = await candidateInScreening(app(), staff.http);
    const created = await staff.http.post(
      `/api/candidates/${candidate.candidateId}/interviews`,
      interviewBody(staff, [board], { startsAt: '2027-03-25T10:00' }),
    );
    interviewId = created.body.id;
    recipients = [candidate.email, staff.email, board.representative.email];
    for (const email of recipients) await waitForCalendarMails(app(), email, interviewId, 1);
  });

  function sweep(): Promise<number> {
    const { worker } = app();
    if (!worker) throw new Error('worker not running');
    return worker.get(JobsProcessor).runSweep(SWEEP);
  }

  function reminders(email: string) {
    return app()
      .mail.to(email)
      .filter((mail) => (mail.subject ?? '').startsWith(REMINDER));
  }

  /** Lets every queued job finish before counting, so a wrongly queued second reminder would have arrived. */
  function settle(): Promise<void> {
    return waitForQuiet(app());
  }

  /** One sent notifications row per recipient and due key, and no others, for this interview. */
  function expectRemindedOnce(dueKeys: string[]): Promise<void> {
    return expectSentOnce(
      app(),
      'interview_reminder',
      interviewId,
      dueKeys.flatMap((dueKey) => recipients.map((recipient) => ({ dueKey, recipient }))),
    );
  }

  it('two days before (Tuesday 08:00): no reminder', async () => {
    clock.set(new Date('2027-03-23T07:00:00Z'));
    await sweep();
    await settle();
    for (const email of recipients) expect(reminders(email)).toHaveLength(0);
    await expectRemindedOnce([]);
  });

  it('the day before (Wednesday 08:00): one reminder per recipient, even when the sweep runs twice', async () => {
    clock.set(new Date('2027-03-24T07:00:00Z'));
    // Other suites in this run may plan interviews on the same day: count at least ours, then none.
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    expect(await sweep()).toBe(0);
    await app().mail.waitFor(() => recipients.every((email) => reminders(email).length >= 1), MAIL_WAIT_MS);
    await settle();
    for (const email of recipients) expect(reminders(email)).toHaveLength(1);
    expect(reminders(candidate.email)[0].text).toContain('donderdag 25 maart 2027 om 10:00');
    const { rows } = await app().db.query(
      `SELECT due_key AS "dueKey", status FROM notifications WHERE kind = 'interview_reminder' AND subject_id = $1 ORDER BY recipient`,
      [interviewId],
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((row: { dueKey: string; status: string }) => row.dueKey === '2027-03-25#seq-0' && row.status === 'sent')).toBe(true);
    await expectRemindedOnce(['2027-03-25#seq-0']);
  });

  it('after the worker is stopped and started again, and later that day, still one', async () => {
    await app().stopWorker();
    await app().startWorker();
    clock.set(new Date('2027-03-24T20:00:00Z'));
    expect(await sweep()).toBe(0);
    await settle();
    for (const email of recipients) expect(reminders(email)).toHaveLength(1);
    await expectRemindedOnce(['2027-03-25#seq-0']);
  });

  it('a reminder job delivered again (a lost acknowledgement) sends nothing twice', async () => {
    const { rows } = await app().db.query(
      `UPDATE outbox_jobs SET completed_at = NULL, status = 'pending' WHERE name = 'selection.interview-reminder' AND payload->>'interviewId' = $1 RETURNING id`,
      [interviewId],
    );
    expect(rows).toHaveLength(1);
    const processor = app().worker?.get(JobsProcessor);
    await processor?.process({ data: { outboxId: rows[0].id } } as Job<OutboxJobData>);
    await settle();
    for (const email of recipients) expect(reminders(email)).toHaveLength(1);
    await expectRemindedOnce(['2027-03-25#seq-0']);
  });

  it('moved to another day: a new reminder the day before the new date', async () => {
    clock.set(new Date('2027-03-24T21:00:00Z'));
    // Sessions expire by the moved clock too: sign in again.
    const desk = new HttpClient(app().baseUrl, await login(app(), staff.email, staff.password));
    const moved = await desk.patch(`/api/interviews/${interviewId}`, { startsAt: '2027-03-30T14:00' });
    expect(moved.status).toBe(200);
    clock.set(new Date('2027-03-29T06:00:00Z')); // Monday 08:00, summer time
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    // The worker goes down right after the sweep queued the job; the restarted one sends it, once.
    await app().stopWorker();
    await app().startWorker();
    expect(await sweep()).toBe(0);
    await app().mail.waitFor(() => recipients.every((email) => reminders(email).length >= 2), MAIL_WAIT_MS);
    await settle();
    for (const email of recipients) expect(reminders(email)).toHaveLength(2);
    expect(reminders(candidate.email)[1].text).toContain('dinsdag 30 maart 2027 om 14:00');
    const { rows } = await app().db.query<{ dueKey: string }>(
      `SELECT DISTINCT due_key AS "dueKey" FROM notifications WHERE kind = 'interview_reminder' AND subject_id = $1 ORDER BY 1`,
      [interviewId],
    );
    expect(rows.map((row) => row.dueKey)).toEqual(['2027-03-25#seq-0', expect.stringMatching(/^2027-03-30#/)]);
    await expectRemindedOnce(rows.map((row) => row.dueKey));
  });
});
