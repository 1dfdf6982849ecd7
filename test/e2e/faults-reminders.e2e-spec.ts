import { NO_SESSION_REMINDERS_SWEEP } from '@app/coaching';
import { useFaultRig, type FaultRig } from '../support/fault-rig';
import type { ProductProcess } from '../support/product-process';
import { waitUntil } from '../support/private-redis';

const DUE = 1000;
const COACHES = 4;
/** Jobs one worker process runs at once (apps/worker/src/processors/jobs.processor.ts). */
const WORKER_CONCURRENCY = 4;

/**
 * RELIABILITY.md, crashes, for a sweep's batch (issue 13): 1,000 running programmes whose coach
 * logged no session for exactly 28 days today (R12). The worker starts, finds the no-session sweep
 * missed (sweep_runs) and runs it; it is killed with SIGKILL as soon as the sweep started (in or
 * just after the unit of work that claims the batch and writes its outbox jobs), and again when
 * about 40% of the mails went out. Each time a new worker takes over. Counted at the SMTP listener:
 * every reminder arrives; none arrives under two Message-IDs (a mail in flight at a kill may come
 * again, with the same Message-ID); nothing is claimed, kept or queued twice.
 *
 * At the end a worker runs the sweep once more: it queues nothing. Checked once against a naive
 * variant: a sweep that does not claim (queues whatever is due) queues the jobs again and fails
 * the counts of claims and jobs (NotificationsService still keeps the mails single).
 */
describe('worker killed (SIGKILL) during a batch of 1,000 due reminders', () => {
  // The test arranges the programmes before it starts the worker.
  const rig = useFaultRig({}, async () => undefined);

  it('sends every reminder, none under two Message-IDs, and claims each once', async () => {
    const references = await arrangeDueReminders(rig());
    // The sweep last started two days ago: the worker runs it at start, as after a gap in the queue.
    await rig().query(`INSERT INTO sweep_runs (name, last_started_at) VALUES ($1, now() - interval '2 days')`, [NO_SESSION_REMINDERS_SWEEP]);
    const startedAt = new Date();
    await rig().startWorker();

    await waitUntil(
      async () => (await rig().query(`SELECT 1 FROM sweep_runs WHERE name = $1 AND last_started_at >= $2`, [NO_SESSION_REMINDERS_SWEEP, startedAt])).length > 0,
      'the no-session sweep to start',
      60_000,
    );
    await (rig().workers.at(-1) as ProductProcess).kill();
    const outboxAtFirstKill = (
      await rig().query<{ count: number }>(`SELECT count(*)::int AS count FROM outbox_jobs WHERE name = 'coaching.no-session-reminder'`)
    )[0].count;
    await rig().startWorker();

    await rig().mail.waitFor((messages) => messages.length >= DUE * 0.4, 120_000);
    await (rig().workers.at(-1) as ProductProcess).kill();
    await rig().startWorker();

    await rig()
      .mail.waitFor(() => census(rig(), references).missing.length === 0, 120_000)
      .catch(() => undefined);
    await waitUntil(async () => (await rig().query(`SELECT 1 FROM outbox_jobs WHERE status = 'pending'`)).length === 0, 'the outbox to drain', 60_000);
    // A worker that runs the sweep once more (its record set back, as after another gap) queues nothing.
    await (rig().workers.at(-1) as ProductProcess).kill();
    await rig().query(`UPDATE sweep_runs SET last_started_at = now() - interval '2 days' WHERE name = $1`, [NO_SESSION_REMINDERS_SWEEP]);
    const againAt = new Date();
    await rig().startWorker();
    await waitUntil(
      async () => (await rig().query(`SELECT 1 FROM sweep_runs WHERE name = $1 AND last_started_at >= $2`, [NO_SESSION_REMINDERS_SWEEP, againAt])).length > 0,
      'the no-session sweep to run again',
      60_000,
    );
    await waitUntil(async () => (await rig().query(`SELECT 1 FROM outbox_jobs WHERE status = 'pending'`)).length === 0, 'the outbox to drain', 60_000);
    const result = census(rig(), references);
    expect(result.missing).toEqual([]);
    expect(result.unrecognisable).toEqual([]);
    expect(result.repeated).toBeLessThanOrEqual(WORKER_CONCURRENCY);
    // Either the first kill came before the batch's commit (nothing written: the sweep ran again) or after it (all of it).
    expect([0, DUE]).toContain(outboxAtFirstKill);
    const [claims] = await rig().query<{ claims: number; jobs: number; kept: number; sent: number }>(
      `SELECT (SELECT count(*)::int FROM coaching_reminders) AS claims,
         (SELECT count(*)::int FROM outbox_jobs WHERE name = 'coaching.no-session-reminder') AS jobs,
         (SELECT count(*)::int FROM notifications WHERE kind = 'coaching_no_session') AS kept,
         (SELECT count(*)::int FROM notifications WHERE kind = 'coaching_no_session' AND status = 'sent') AS sent`,
    );
    expect(claims).toEqual({ claims: DUE, jobs: DUE, kept: DUE, sent: DUE });
  }, 180_000);
});

/** What the listener received: per programme (its reference in the subject) and coach, the messages and their Message-IDs. */
function census(rig: FaultRig, references: Map<string, string>): { missing: string[]; unrecognisable: string[]; repeated: number } {
  const byKey = new Map<string, string[]>();
  for (const message of rig.mail.messages) {
    const reference = /^Al 28 dagen geen begeleiding: .* \(([^()]+)\)$/.exec(message.subject ?? '')?.[1];
    if (!reference) continue;
    for (const recipient of message.envelopeTo) {
      const key = `${recipient.toLowerCase()} ${reference}`;
      byKey.set(key, [...(byKey.get(key) ?? []), message.messageId ?? '']);
    }
  }
  const result = { missing: [] as string[], unrecognisable: [] as string[], repeated: 0 };
  for (const [reference, coachEmail] of references) {
    const ids = byKey.get(`${coachEmail} ${reference}`) ?? [];
    if (ids.length === 0) result.missing.push(reference);
    if (new Set(ids).size > 1) result.unrecognisable.push(reference);
    result.repeated += ids.length - new Set(ids).size;
  }
  return result;
}

/**
 * 1,000 running programmes (as ProgrammesService.start and the assignment job leave them), spread
 * over four coaches, whose gap reached 28 days today in Amsterdam: quiet_since = today − 28.
 * Returns each candidate's reference with their coach's address.
 */
async function arrangeDueReminders(rig: FaultRig): Promise<Map<string, string>> {
  const [board] = await rig.query<{ id: string }>(
    `INSERT INTO boards (name, region, joined_at) VALUES ('Stichting Storing', 'almere', '2024-08-01') RETURNING id`,
  );
  const [school] = await rig.query<{ id: string }>(`INSERT INTO schools (board_id, name, city) VALUES ($1, 'De Kraan', 'Almere') RETURNING id`, [board.id]);
  const coaches = await rig.query<{ id: string; email: string }>(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT 'coach' || n || '@fault.flevowijs.nl', 'Coach ' || n, 'coach', 'not-a-login' FROM generate_series(1, $1::int) AS n RETURNING id, email`,
    [COACHES],
  );
  await rig.query(
    `INSERT INTO coaches (user_id, regions, max_caseload, caseload, created_at, updated_at)
     SELECT id, ARRAY['almere'], 500, $2::int / $3::int, now(), now() FROM unnest($1::uuid[]) AS id`,
    [coaches.map((coach) => coach.id), DUE, COACHES],
  );
  const rows = await rig.query<{ reference: string; coach_id: string }>(
    `WITH candidate AS (
       INSERT INTO candidates (reference, first_name, last_name, email, phone, degree_level, degree_field, region, stage, applied_at, stage_changed_at)
       SELECT 'ZI-F-' || lpad(n::text, 6, '0'), 'Deelnemer', 'Nummer ' || n, 'deelnemer-' || n || '@example.nl', '06 12345678', 'wo_master',
         'Bedrijfskunde', 'almere', 'in_programme', now(), now()
       FROM generate_series(1, $1::int) AS n RETURNING id, reference),
     placed AS (
       INSERT INTO placements (candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, status, holds_place, created_at, updated_at)
       SELECT id, $2, $3, '2025-09-01', 0.8, false, '2025-2026', 'active', false, now(), now() FROM candidate RETURNING id, candidate_id),
     programme AS (
       INSERT INTO programmes (candidate_id, board_id, placement_id, placement_start_date, route, duration_months, start_date, conduct_certificate_date,
         cohort, original_planned_end, planned_end, created_at, updated_at)
       SELECT candidate_id, $2, id, '2025-09-01', 'zij_instroom', 24, '2025-10-01', '2025-09-01', '2025-2026', '2027-09-30', '2027-09-30', now(), now()
       FROM placed RETURNING id, candidate_id),
     numbered AS (SELECT p.id, c.reference, row_number() OVER (ORDER BY c.reference) AS n FROM programme p JOIN candidate c ON c.id = p.candidate_id),
     assigned AS (
       INSERT INTO coach_assignments (programme_id, coach_id, from_date, assigned_at, quiet_since)
       SELECT n.id, ($4::uuid[])[1 + n.n % $5::int], '2025-10-01', now() - interval '40 days', (now() AT TIME ZONE 'Europe/Amsterdam')::date - 28
       FROM numbered n RETURNING programme_id, coach_id)
     SELECT n.reference, a.coach_id FROM numbered n JOIN assigned a ON a.programme_id = n.id`,
    [DUE, board.id, school.id, coaches.map((coach) => coach.id), COACHES],
  );
  const emails = new Map(coaches.map((coach) => [coach.id, coach.email]));
  return new Map(rows.map((row) => [row.reference, emails.get(row.coach_id) as string]));
}
