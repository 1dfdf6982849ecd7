import { randomUUID } from 'node:crypto';
import { FixedClock } from '@app/shared';
import { Outbox } from '@app/infra';
import { CandidateBulkRepository } from '../../libs/candidates/src/persistence/candidate-bulk.repository';
import { useTestApp } from '../support/test-app';
import { apply, createUser, login, type TestUser } from '../support/factories';
import { HttpClient } from '../support/http-client';
import { waitForQuiet } from '../support/quiet';

interface ListItem {
  id: string;
  reference: string;
  email: string;
  version: number;
}

const DELAY_MS = 3 * 3600_000;

/**
 * Issue 16 item 3: bulk actions on the candidate list. Each candidate is changed by its own
 * compare-and-set command at the version the list showed: of 50 selected, 3 that moved meanwhile
 * are reported back and left as they are. The rejection mails wait 3 hours (the default delay):
 * none before, exactly one per rejected candidate after, and none for a batch undone in time.
 *
 * A naive variant that compares the stage alone (no version) fails here: two of the three moved
 * candidates went to screening, from which reject is allowed, so 49 were rejected (checked once).
 */
describe('bulk actions on the candidate list', () => {
  const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
  const app = useTestApp({ clock });
  let staff: TestUser;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
  });

  /** Signs in again: a moved clock ends the sessions. */
  async function signIn(): Promise<void> {
    staff.http = new HttpClient(app().baseUrl, await login(app(), staff.email, staff.password));
  }

  async function applyMany(count: number, token: string): Promise<ListItem[]> {
    for (let index = 0; index < count; index += 1) await apply(app(), { lastName: `Bulk-${token}-${index}` });
    await waitForQuiet(app());
    const list = await staff.http.get(`/api/candidates?q=${token}&limit=100`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(count);
    return list.body.items as ListItem[];
  }

  const rejectionMailsTo = (emails: string[]) =>
    emails.flatMap((email) => app().mail.to(email)).filter((mail) => (mail.subject ?? '').startsWith('Besluit over je aanmelding'));

  async function stagesOf(ids: string[]): Promise<Map<string, string>> {
    const { rows } = await app().db.query(`SELECT id, stage FROM candidates WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id as string, row.stage as string]));
  }

  /** Moves the clock past the mails' delay and lets the reconciler hand the now-due jobs to the queue. */
  async function passTheDelay(): Promise<void> {
    clock.advance(DELAY_MS + 1000);
    await app().api.get(Outbox).reconcile();
    await waitForQuiet(app());
  }

  it('rejects 47 of 50 where 3 moved meanwhile, reports the 3, and mails the 47 only after the delay', async () => {
    const token = randomUUID().slice(0, 8);
    const items = await applyMany(50, token);
    const [first, second, third] = items;
    expect((await staff.http.post(`/api/candidates/${first.id}/screening`, {})).status).toBe(200);
    expect((await staff.http.post(`/api/candidates/${second.id}/withdraw`, {})).status).toBe(200);
    expect((await staff.http.post(`/api/candidates/${third.id}/screening`, {})).status).toBe(200);
    await waitForQuiet(app());

    const result = await staff.http.post('/api/candidates/bulk/reject', {
      candidates: items.map(({ id, version }) => ({ id, version })),
      reason: 'De vacatures voor dit schooljaar zijn vervuld.',
    });
    expect(result.status).toBe(200);
    expect(result.body.succeeded).toHaveLength(47);
    expect(result.body.failed.map((failure: { id: string }) => failure.id).sort()).toEqual([first.id, second.id, third.id].sort());
    for (const failure of result.body.failed) expect(failure.reason).toContain('intussen gewijzigd');
    expect(new Date(result.body.mailDueAt).getTime()).toBe(clock.now().getTime() + DELAY_MS);

    const stages = await stagesOf(items.map((item) => item.id));
    expect([...stages.values()].filter((stage) => stage === 'rejected')).toHaveLength(47);
    expect([stages.get(first.id), stages.get(second.id), stages.get(third.id)]).toEqual(['screening', 'withdrawn', 'screening']);

    const rejected = items.slice(3);
    await waitForQuiet(app());
    expect(rejectionMailsTo(rejected.map((item) => item.email))).toHaveLength(0);

    await passTheDelay();
    const mails = rejectionMailsTo(rejected.map((item) => item.email));
    expect(mails).toHaveLength(47);
    expect(new Set(mails.map((mail) => mail.envelopeTo[0])).size).toBe(47);
    expect(rejectionMailsTo([first.email, second.email, third.email])).toHaveLength(0);
    await signIn();
  });

  it('undone within the delay reopens each candidate and sends no mail; after the delay the undo is refused', async () => {
    const token = randomUUID().slice(0, 8);
    const items = await applyMany(5, token);
    expect((await staff.http.post(`/api/candidates/${items[0].id}/screening`, {})).status).toBe(200);
    const result = await staff.http.post('/api/candidates/bulk/reject', { filter: { q: token }, reason: 'Per ongeluk afgewezen' });
    expect(result.status).toBe(200);
    expect(result.body.succeeded).toHaveLength(5);

    clock.advance(DELAY_MS - 60_000);
    await signIn();
    const undone = await staff.http.post(`/api/candidates/bulk/reject/${result.body.batchId}/undo`, {});
    expect(undone.status).toBe(200);
    expect(undone.body.succeeded).toHaveLength(5);
    expect(undone.body.failed).toEqual([]);
    const stages = await stagesOf(items.map((item) => item.id));
    expect(stages.get(items[0].id)).toBe('screening');
    expect(items.slice(1).map((item) => stages.get(item.id))).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect((await staff.http.post(`/api/candidates/bulk/reject/${result.body.batchId}/undo`, {})).status).toBe(404);

    await passTheDelay();
    expect(rejectionMailsTo(items.map((item) => item.email))).toHaveLength(0);

    // Rejected again and left past the delay: the undo comes too late and changes nothing.
    await signIn();
    const again = await staff.http.post('/api/candidates/bulk/reject', { filter: { q: token }, reason: 'Nu echt' });
    expect(again.body.succeeded).toHaveLength(5);
    await passTheDelay();
    await signIn();
    const late = await staff.http.post(`/api/candidates/bulk/reject/${again.body.batchId}/undo`, {});
    expect(late.body.succeeded).toEqual([]);
    expect(late.body.failed).toHaveLength(5);
    expect(late.body.failed[0].reason).toContain('Te laat');
    expect(rejectionMailsTo(items.map((item) => item.email))).toHaveLength(5);
  });

  it('starts screening at the versions shown, and refuses a batch over the cap or without a selection', async () => {
    const token = randomUUID().slice(0, 8);
    const [fresh, stale] = await applyMany(2, token);
    const result = await staff.http.post('/api/candidates/bulk/screening', {
      candidates: [
        { id: fresh.id, version: fresh.version },
        { id: stale.id, version: stale.version + 1 },
        { id: randomUUID(), version: 1 },
      ],
    });
    expect(result.status).toBe(200);
    expect(result.body.succeeded).toEqual([{ id: fresh.id, reference: fresh.reference }]);
    expect(result.body.failed.map((failure: { reference: string; reason: string }) => [failure.reference, failure.reason])).toEqual([
      [stale.reference, expect.stringContaining('intussen gewijzigd')],
      ['', 'Kandidaat niet gevonden.'],
    ]);

    const tooMany = await staff.http.post('/api/candidates/bulk/screening', {
      candidates: Array.from({ length: 501 }, () => ({ id: randomUUID(), version: 1 })),
    });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body)).toContain('hoogstens 500');
    const neither = await staff.http.post('/api/candidates/bulk/screening', {});
    expect(neither.status).toBe(400);
    expect(neither.body.fields[0].field).toBe('candidates');
    const coach = await createUser(app(), 'coach');
    expect((await coach.http.post('/api/candidates/bulk/screening', { filter: {} })).status).toBe(404);
  });

  it('exports the selection as CSV for Excel: semicolons, a byte-order mark, formulas made plain', async () => {
    const token = randomUUID().slice(0, 8);
    const [one, two] = await applyMany(2, token);
    await app().db.query(`UPDATE candidates SET first_name = '=HYPERLINK("http://x")' WHERE id = $1`, [one.id]);
    const response = await fetch(`${app().baseUrl}/api/candidates/bulk/export`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await login(app(), staff.email, staff.password)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ candidates: [one, two].map(({ id, version }) => ({ id, version })) }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toBe('Referentie;Voornaam;Achternaam;E-mailadres;Telefoonnummer;Regio;Fase;Aangemeld op');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${one.reference};"'=HYPERLINK(""http://x"")";Bulk-${token}`);
    expect(lines[2]).toContain(`${two.reference};Sanne;`);
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM audit_log WHERE action = 'export_list' AND entity_id = ANY($1::text[])`, [
      [one.id, two.id],
    ]);
    expect(rows[0].count).toBe(2);
  });

  /*
   * The undo and the mail job claim the same rejection row with one conditional UPDATE each, so of
   * an undo and a mail at the same moment exactly one wins: never a reopened candidate that still
   * gets the mail. A naive undo that does not check whether the mail started (only `undone_at IS
   * NULL`) fails here (checked once): the table's CHECK refuses a row both undone and mailed, so
   * the naive undo errors where it should have been refused.
   */
  it('lets exactly one of an undo and the mail job win each rejection when they race', async () => {
    const token = randomUUID().slice(0, 8);
    await applyMany(20, token);
    const rejected = await staff.http.post('/api/candidates/bulk/reject', { filter: { q: token }, reason: 'Race' });
    expect(rejected.body.succeeded).toHaveLength(20);
    const { rows } = await app().db.query(`SELECT id FROM candidate_bulk_rejections WHERE batch_id = $1`, [rejected.body.batchId]);
    const repository = app().api.get(CandidateBulkRepository, { strict: false });
    const now = clock.now();
    const outcomes = await Promise.all(
      rows.map(async (row: { id: string }) => {
        const [undone, mailed] = await Promise.all([repository.claimUndo(row.id, staff.id, now), repository.claimMail(row.id, now)]);
        return Number(undone) + Number(mailed !== null);
      }),
    );
    expect(outcomes).toEqual(rows.map(() => 1));
  });
});
