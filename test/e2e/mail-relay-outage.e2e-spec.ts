import { useTestApp } from '../support/test-app';
import { apply, createUser, login, uniqueEmail } from '../support/factories';
import { HttpClient } from '../support/http-client';
import { eventually } from '../support/expectations';
import { queueJobId } from '@app/infra';
import { queueJobState, waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';

/**
 * RELIABILITY.md, long outages: the outbox row, not the queue, decides when a job is done. The mail
 * relay stays down for longer than every try of a queue job; the outbox then keeps trying under a
 * fresh queue job each time, and once the relay is back every mail arrives, once, with a stable
 * Message-ID. (Against the former outbox, which re-added the failed job under the outbox id itself,
 * the queue ignored every re-add while it held the failed job, and these mails were lost for good.)
 */
describe('mail relay down for longer than the queue retries', () => {
  // Two tries a queue job, outbox retries at most a second apart: the outage outlasts them in seconds.
  const app = useTestApp({ config: { outbox: { queueAttempts: 2, maxRetryDelaySeconds: 1, horizonHours: 72 } } });

  it('keeps trying past the queue attempts and delivers every mail once when the relay is back', async () => {
    const staff = await createUser(app(), 'staff');
    await app().mail.stop();
    const candidate = await apply(app());
    const open = async () =>
      (
        await app().db.query<{ attempts: number; status: string; last_error_code: string | null }>(
          `SELECT attempts, status, last_error_code FROM outbox_jobs WHERE payload->>'candidateId' = $1`,
          [candidate.candidateId],
        )
      ).rows[0];
    // More failed tries than one queue job has: the outbox took over, and the row is still to do.
    const failing = await eventually(
      async () => {
        const row = await open();
        return row && row.attempts >= 4 ? row : undefined;
      },
      'four failed tries',
      40_000,
    );
    expect(failing.status).toBe('pending');
    // An error code only: relay errors may quote the address.
    expect(failing.last_error_code).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(failing.last_error_code).not.toContain('@');

    await app().mail.start();
    await app().mail.waitFor((messages) => messages.some((message) => message.envelopeTo.includes(staff.email)), 30_000);
    await waitForQuiet(app());
    expect((await open())?.status).toBe('done');
    expect(app().mail.to(candidate.email)).toHaveLength(1);
    const [confirmation] = app().mail.to(candidate.email);
    expect(confirmation.messageId).toMatch(/^<notification-[0-9a-f-]{36}@flevowijs\.nl>$/);
    await expectSentOnce(app(), 'application_confirmation', candidate.candidateId, [{ dueKey: 'once', recipient: candidate.email }]);
  });

  it('gives a job up after its horizon; an administrator sees it and retries it', async () => {
    const admin = new HttpClient(app().baseUrl, await login(app(), app().config.adminEmail, app().config.adminPassword));
    // A desk member from the start: the notice's recipients are whoever is on the desk when it is written.
    const deskUser = await createUser(app(), 'staff');
    await app().mail.stop();
    const candidate = await apply(app());
    // Past the horizon: the job was written long ago.
    await app().db.query(`UPDATE outbox_jobs SET created_at = created_at - interval '73 hours' WHERE payload->>'candidateId' = $1`, [candidate.candidateId]);
    const dead = await eventually(
      async () => {
        const listed = await admin.get('/api/operations/outbox/dead');
        return listed.body.items.find((job: { name: string }) => job.name === 'candidates.application-received');
      },
      'the dead job listed',
      40_000,
    );
    expect(dead.lastErrorCode).toBeTruthy();

    await app().mail.start();
    // The desk and the administrators are told, once, without the candidate's details. Each recipient
    // is a delivery of its own, so both are waited for (once the administrator's alone, which flaked).
    const notices = () => app().mail.messages.filter((message) => message.subject === 'Een bericht kon niet worden verstuurd');
    const toldTo = (email: string) => notices().some((message) => message.envelopeTo.includes(email.toLowerCase()));
    await app().mail.waitFor(() => toldTo(app().config.adminEmail) && toldTo(deskUser.email), 30_000);
    expect((await admin.post(`/api/operations/outbox/${dead.id}/retry`, {})).status).toBe(200);
    await app().mail.waitFor((messages) => messages.some((message) => message.envelopeTo.includes(candidate.email)), 30_000);
    await waitForQuiet(app());
    await expectSentOnce(app(), 'application_confirmation', candidate.candidateId, [{ dueKey: 'once', recipient: candidate.email }]);
    const notice = notices().find((message) => message.envelopeTo.includes(deskUser.email));
    expect(notice?.text).toContain('http://localhost:3000/berichten');
    expect(notice?.text).toContain(dead.id);
    expect(notice?.text).not.toContain(candidate.email);
    expect(notices().filter((message) => message.envelopeTo.includes(deskUser.email))).toHaveLength(1);
    // Retrying what is not dead answers 404.
    expect((await admin.post(`/api/operations/outbox/${dead.id}/retry`, {})).status).toBe(404);
  });

  it('sends the desk its mail when the relay refuses the candidate address for good, and does not try that address again', async () => {
    const deskUser = await createUser(app(), 'staff');
    const bounced = uniqueEmail('onbestelbaar');
    app().mail.refuse(bounced);
    const candidate = await apply(app(), { email: bounced });
    await waitForQuiet(app());
    // Before, the confirmation failed the whole job on every try, and the desk never heard of the application.
    expect(app().mail.messages.filter((message) => message.envelopeTo.includes(deskUser.email) && message.subject?.includes(candidate.reference))).toHaveLength(
      1,
    );
    const { rows } = await app().db.query<{ status: string; error_code: string }>(
      `SELECT status, error_code FROM notifications WHERE kind = 'application_confirmation' AND subject_id = $1`,
      [candidate.candidateId],
    );
    expect(rows).toEqual([{ status: 'refused', error_code: 'EENVELOPE:550' }]);
    const job = await app().db.query(`SELECT status, attempts FROM outbox_jobs WHERE payload->>'candidateId' = $1`, [candidate.candidateId]);
    expect(job.rows).toEqual([{ status: 'done', attempts: 1 }]);
  });

  it('tries again a job the queue failed while PostgreSQL could not record it', async () => {
    // PostgreSQL refuses every change to the outbox rows (as when it is down), while the relay is down too:
    // the queue uses up the job's tries, and the row cannot say so. The reconciler must notice from the
    // queue's state; re-adding the same queue job id (what it did before) is ignored for good, and the
    // mail never arrives.
    await app().db
      .query(`CREATE FUNCTION refuse_outbox_update() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox unavailable' USING ERRCODE = '57P03'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_outbox_update BEFORE UPDATE ON outbox_jobs FOR EACH ROW EXECUTE FUNCTION refuse_outbox_update();`);
    await app().mail.stop();
    const candidate = await apply(app());
    const { rows } = await app().db.query<{ id: string }>(`SELECT id FROM outbox_jobs WHERE payload->>'candidateId' = $1`, [candidate.candidateId]);
    await eventually(async () => (await queueJobState(app(), queueJobId(rows[0].id, 0))) === 'failed', 'the queue job failed', 40_000);

    await app().db.query(`DROP TRIGGER refuse_outbox_update ON outbox_jobs; DROP FUNCTION refuse_outbox_update();`);
    await app().mail.start();
    await app().mail.waitFor((messages) => messages.some((message) => message.envelopeTo.includes(candidate.email)), 45_000);
    await waitForQuiet(app());
    await expectSentOnce(app(), 'application_confirmation', candidate.candidateId, [{ dueKey: 'once', recipient: candidate.email }]);
  });
});
