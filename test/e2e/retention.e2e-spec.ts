import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { FixedClock, parseWallClock, wallClockToInstant } from '@app/shared';
import { RETENTION_SWEEP } from '@app/privacy';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { apply, createUser, type TestUser } from '../support/factories';
import { waitForQuiet } from '../support/quiet';

/** An Amsterdam wall-clock time (summer time starts on 26 March 2028: 23:59 on the 27th is 21:59 UTC). */
const at = (date: string, time = '12:00') => wallClockToInstant(parseWallClock(`${date}T${time}`)!)!;
const YEARS = 24 * 365 * 3;

/**
 * Issue 13 item 8, R13: a closed applicant is erased on the day closing + 28 days, or closing + 1
 * year with consent (29 February 2028 + 1 year = 28 February 2029), by the daily sweep; the reports'
 * counts stay; a second run erases nothing. The clock is moved by a FixedClock shared by API and worker.
 * A naive variant that inverts the clamped year (closed on or before today − 1 year) leaves B,
 * closed 29 February 2028, standing on 28 February 2029 and fails there; one that counts 28 days
 * as erasable from the 29th (closed_at + 28 days < now) keeps A on 28 March and fails there.
 */
describe('retention: the daily erasure of closed applicants (R13)', () => {
  const clock = new FixedClock(at('2028-02-20'));
  // The clock jumps more than a year: sessions must outlast it (their own limits have their own tests).
  const app = useTestApp({ clock, config: { sessionHours: YEARS, sessionIdleMinutes: YEARS * 60 } });
  let staff: TestUser;
  const ids: Record<string, string> = {};
  const emails: Record<string, string> = {};

  const sweep = () => app().worker!.get(JobsProcessor).runSweep(RETENTION_SWEEP);

  async function erased(): Promise<string[]> {
    const { rows } = await app().db.query(`SELECT id FROM candidates WHERE erased_at IS NOT NULL`);
    const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    return rows.map((row: { id: string }) => byId.get(row.id) ?? row.id).sort();
  }

  /** The report figures the erasure must leave alone: stage counts per region, and the funnel from the stage history with its median days. */
  async function figures() {
    const counts = (await staff.http.get('/api/candidates/summary')).body.counts;
    const { rows: perRegion } = await app().db.query(`SELECT region, stage, count(*)::int AS n FROM candidates GROUP BY region, stage ORDER BY region, stage`);
    const { rows: funnel } = await app().db.query(
      `WITH reached AS (SELECT candidate_id, to_stage, min(at) AS at FROM candidate_stage_history GROUP BY candidate_id, to_stage)
       SELECT r.to_stage AS stage, count(*)::int AS people,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.at - a.at) / 86400) AS "medianDaysFromApplication"
       FROM reached r JOIN reached a ON a.candidate_id = r.candidate_id AND a.to_stage = 'applied'
       GROUP BY r.to_stage ORDER BY r.to_stage`,
    );
    return { counts, perRegion, funnel };
  }

  async function close(name: string, moment: Date, how: 'reject' | 'withdraw', consent: boolean): Promise<void> {
    clock.set(moment);
    const receipt = await apply(app(), { consentToKeep: String(consent), firstName: `Naam${name}`, region: name === 'E' ? 'lelystad' : 'almere' });
    ids[name] = receipt.candidateId;
    emails[name] = receipt.email;
    const result = await staff.http.post(`/api/candidates/${receipt.candidateId}/${how}`, { reason: `Reden-${name}-vertrouwelijk` });
    expect(result.status).toBe(200);
  }

  async function storageKeysOf(name: string): Promise<string[]> {
    const { rows } = await app().db.query(`SELECT storage_key AS key FROM candidate_documents WHERE candidate_id = $1`, [ids[name]]);
    return rows.map((row: { key: string }) => row.key);
  }

  const fileExists = (key: string) =>
    access(join(app().storageDirectory, 'documents', key)).then(
      () => true,
      () => false,
    );

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    await close('C', at('2028-02-28'), 'reject', true);
    await close('A', at('2028-02-29'), 'reject', false);
    await close('B', at('2028-02-29'), 'withdraw', true);
    await close('G', at('2028-02-29'), 'reject', true);
    await close('D', at('2028-03-01'), 'reject', true);
    await close('E', at('2028-03-01'), 'withdraw', false);
    clock.set(at('2028-02-29'));
    const open = await apply(app(), { firstName: 'NaamOpen' });
    ids.Open = open.candidateId;
    expect((await staff.http.post(`/api/candidates/${open.candidateId}/screening`, {})).status).toBe(200);
    await waitForQuiet(app());
  });

  it('27 days after a closing on 29 February (up to 23:59 on 27 March) nothing is erased; on 28 March exactly A, and its documents leave storage', async () => {
    const keysOfA = await storageKeysOf('A');
    expect(keysOfA).toHaveLength(2);
    for (const key of keysOfA) expect(await fileExists(key)).toBe(true);
    const before = await figures();

    clock.set(at('2028-03-27', '23:59'));
    await sweep();
    expect(await erased()).toEqual([]);

    clock.set(at('2028-03-28', '00:01'));
    await sweep();
    expect(await erased()).toEqual(['A']);
    await waitForQuiet(app());
    expect(await storageKeysOf('A')).toEqual([]);
    for (const key of keysOfA) expect(await fileExists(key)).toBe(false);
    expect(await storageKeysOf('E')).toHaveLength(2);
    expect(await figures()).toEqual(before);
  });

  it('the erased candidate keeps the anonymous record: reference, region, stage, dates, history without reasons; no personal field', async () => {
    const { rows } = await app().db.query(
      `SELECT first_name, last_name, email, phone, degree_field, degree_level, region, stage, closing_reason, consent_to_keep, reference,
              applied_at IS NOT NULL AS applied, closed_at IS NOT NULL AS closed
       FROM candidates WHERE id = $1`,
      [ids.A],
    );
    expect(rows[0]).toEqual(
      expect.objectContaining({
        first_name: '',
        last_name: '',
        email: '',
        phone: '',
        degree_field: '',
        closing_reason: null,
        region: 'almere',
        stage: 'rejected',
      }),
    );
    expect(rows[0]).toEqual(expect.objectContaining({ degree_level: 'wo_master', applied: true, closed: true, reference: expect.stringMatching(/^ZI-2028-/) }));
    const { rows: history } = await app().db.query(`SELECT from_stage, to_stage, reason FROM candidate_stage_history WHERE candidate_id = $1 ORDER BY id`, [
      ids.A,
    ]);
    expect(history).toEqual([
      { from_stage: null, to_stage: 'applied', reason: null },
      { from_stage: 'applied', to_stage: 'rejected', reason: null },
    ]);
    // The messages about A (the confirmation and the rejection to A, the desk's notice): kept as sent, without title or text, A's address replaced.
    const { rows: messages } = await app().db.query(`SELECT kind, recipient, title, body, status FROM notifications WHERE subject_id = $1 ORDER BY kind`, [
      ids.A,
    ]);
    expect(messages).toEqual([
      { kind: 'application_confirmation', recipient: expect.stringMatching(/^erased:/), title: '', body: '', status: 'sent' },
      { kind: 'candidate_rejection', recipient: expect.stringMatching(/^erased:/), title: '', body: '', status: 'sent' },
      { kind: 'new_application', recipient: staff.email, title: '', body: '', status: 'sent' },
    ]);
    const { rows: audit } = await app().db.query(`SELECT actor_role, action, changed_fields FROM audit_log WHERE entity_id = $1 AND action = 'erase'`, [ids.A]);
    expect(audit).toEqual([{ actor_role: 'system', action: 'erase', changed_fields: expect.arrayContaining(['firstName', 'email', 'documents']) }]);
    // Nothing about A is readable by name or address any more.
    const { rows: leftovers } = await app().db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE body LIKE '%NaamA%' OR recipient = $1 OR title LIKE '%NaamA%'`,
      [emails.A],
    );
    expect(leftovers[0].n).toBe(0);
    const detail = await staff.http.get(`/api/candidates/${ids.A}`);
    expect(detail.body).toEqual(expect.objectContaining({ firstName: '', lastName: '', email: '', phone: '', erasedAt: expect.any(String), documents: [] }));
  });

  it('29 days after 29 February: E (closed 1 March) goes on its 28th day; a second run erases nothing', async () => {
    const before = await figures();
    clock.set(at('2028-03-29', '02:30'));
    await sweep();
    expect(await erased()).toEqual(['A', 'E']);
    expect(await sweep()).toBe(0);
    expect(await erased()).toEqual(['A', 'E']);
    expect(await figures()).toEqual(before);
  });

  it('a withdrawn consent makes the 4-week term apply: G, closed six weeks ago, goes at the next run', async () => {
    clock.set(at('2028-04-10', '09:00'));
    await sweep();
    expect(await erased()).toEqual(['A', 'E']);
    const withdrawn = await staff.http.post(`/api/candidates/${ids.G}/consent/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.consentToKeep).toBe(false);
    const { rows } = await app().db.query(`SELECT action, changed_fields FROM audit_log WHERE entity_id = $1 AND action = 'withdraw_consent'`, [ids.G]);
    expect(rows).toEqual([{ action: 'withdraw_consent', changed_fields: ['consentToKeep'] }]);
    await sweep();
    expect(await erased()).toEqual(['A', 'E', 'G']);
  });

  it('with consent a year, clamped: 27 February 2029 none, 28 February 2029 C and B (closed 28 and 29 February 2028), 1 March 2029 D; never the open dossier', async () => {
    const before = await figures();
    clock.set(at('2029-02-27', '23:59'));
    await sweep();
    expect(await erased()).toEqual(['A', 'E', 'G']);

    clock.set(at('2029-02-28', '00:01'));
    await sweep();
    expect(await erased()).toEqual(['A', 'B', 'C', 'E', 'G']);

    clock.set(at('2029-03-01', '00:01'));
    await sweep();
    expect(await erased()).toEqual(['A', 'B', 'C', 'D', 'E', 'G']);
    expect(await sweep()).toBe(0);
    await waitForQuiet(app());
    expect(await figures()).toEqual(before);
    const { rows } = await app().db.query(`SELECT count(*)::int AS n FROM candidate_documents WHERE candidate_id <> $1`, [ids.Open]);
    expect(rows[0].n).toBe(0);
    expect((await staff.http.get(`/api/candidates/${ids.Open}`)).body).toEqual(expect.objectContaining({ firstName: 'NaamOpen', erasedAt: null }));
  });

  it('the selection can read the retention index', async () => {
    // A table this small is read whole; without sequential scans the planner shows the partial index fits the selection's shape.
    await app().db.query('SET enable_seqscan = off');
    const { rows: forced } = await app().db.query(
      `EXPLAIN SELECT id FROM candidates WHERE erased_at IS NULL AND stage IN ('rejected', 'withdrawn')
         AND ((NOT consent_to_keep AND closed_at < now()) OR (consent_to_keep AND closed_at < now()))`,
    );
    await app().db.query('RESET enable_seqscan');
    expect(forced.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n')).toContain('candidates_retention_idx');
  });
});
