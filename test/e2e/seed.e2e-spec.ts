import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ROLES } from '@app/shared';
import { runMigrations } from '@app/infra';
import { seedDemoData } from '../../apps/api/src/seed/seed';
import { ACTION_LABELS, ENTITY_LABELS, FIELD_LABELS } from '../../apps/web/src/features/audit/audit-labels';
import { JOB_LABELS } from '../../apps/web/src/features/operations/job-labels';
import { ALL_JOBS } from '../../apps/worker/src/worker.module';
import { baseDatabaseUrl, testRedisUrl, testRunName, withAdminClient } from '../support/test-environment';

/** Every stage the product has commands for; the programme stages come from the programme demo (demo-programmes.ts). */
const PRODUCT_STAGES = [
  'applied',
  'screening',
  'interview_scheduled',
  'interview_passed',
  'in_assessment',
  'assessment_passed',
  'rejected',
  'withdrawn',
  'in_programme',
  'qualified',
  'dropped_out',
  'term_expired',
];
const BOARD_LOGINS = ['bestuur1', 'bestuur2', 'bestuur3', 'bestuur4'];
const INSTITUTE_LOGINS = ['opleiding1', 'opleiding2'];
const COUNTED_TABLES = [
  'boards',
  'schools',
  'institutes',
  'users',
  'candidates',
  'candidate_documents',
  'candidate_stage_history',
  'candidate_access_grants',
  'selection_interviews',
  'selection_interview_boards',
  'suitability_assessments',
  'board_capacity',
  'placements',
  'matching_proposals',
  'programmes',
  'audit_log',
  'outbox_jobs',
];

/** The seed runs into a database of its own: the suite's shared database may hold other tests' rows. */
describe('demo data (npm run seed)', () => {
  const databaseName = `${testRunName()}_seed`;
  const databaseUrl = (() => {
    const url = new URL(baseDatabaseUrl());
    url.pathname = `/${databaseName}`;
    return url.toString();
  })();
  let db: Client;
  let storageDirectory: string;
  // The showcase runs the modules' services: they need the product's environment (no worker runs here, so no mail leaves).
  const environment = () => ({
    NODE_ENV: 'test',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    STORAGE_DIR: storageDirectory,
    ADMIN_EMAIL: 'beheer@test.flevowijs.nl',
    ADMIN_PASSWORD: 'test-admin-password-1',
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: databaseName,
    LOG_LEVEL: 'silent',
  });
  const count = async (sql: string, parameters: unknown[] = []) => (await db.query<{ count: number }>(sql, parameters)).rows[0].count;

  beforeAll(async () => {
    storageDirectory = await mkdtemp(join(tmpdir(), 'zij-seed-'));
    await withAdminClient((client) => client.query(`CREATE DATABASE ${databaseName}`));
    await runMigrations(databaseUrl);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
    await rm(storageDirectory, { recursive: true, force: true });
  });

  it('fills an empty database with organisations, every role and candidates with their history', async () => {
    // How long seeding takes is measured where it matters (README: the first `npm start`), not timed
    // here: a time limit in a test only flakes on a busy machine.
    const result = await seedDemoData(databaseUrl, { progress: false, environment: environment() });
    expect(result.seeded).toBe(true);

    const boards = await db.query<{ region: string; count: number }>(`SELECT region, count(*)::int AS count FROM boards GROUP BY region`);
    expect(Object.fromEntries(boards.rows.map((row) => [row.region, row.count]))).toEqual({ almere: 11, lelystad: 3 });
    const lelystad = await db.query<{ name: string }>(`SELECT name FROM boards WHERE region = 'lelystad' ORDER BY name`);
    expect(lelystad.rows.map((row) => row.name)).toEqual(['SCPO Lelystad', 'SKO Flevoland en Veluwe', 'Stichting School']);
    const schoolless = await db.query(`SELECT b.id FROM boards b WHERE (SELECT count(*) FROM schools s WHERE s.board_id = b.id) NOT BETWEEN 2 AND 5`);
    expect(schoolless.rows).toEqual([]);
    const institutes = await db.query(`SELECT id FROM institutes`);
    expect(institutes.rows).toHaveLength(2);

    const roles = await db.query<{ role: string }>(`SELECT DISTINCT role FROM users`);
    expect(roles.rows.map((row) => row.role).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(result.logins.some((login) => login.role === role)).toBe(true);

    const stages = await db.query<{ stage: string; count: number }>(`SELECT stage, count(*)::int AS count FROM candidates GROUP BY stage`);
    const total = stages.rows.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(result.candidates);
    expect(total).toBeGreaterThanOrEqual(16);
    expect(stages.rows.map((row) => row.stage).sort()).toEqual([...PRODUCT_STAGES].sort());

    const mismatched = await db.query(
      `SELECT c.id FROM candidates c
       WHERE c.stage IS DISTINCT FROM (SELECT h.to_stage FROM candidate_stage_history h WHERE h.candidate_id = c.id ORDER BY h.id DESC LIMIT 1)
          OR (SELECT h.from_stage FROM candidate_stage_history h WHERE h.candidate_id = c.id ORDER BY h.id LIMIT 1) IS NOT NULL`,
    );
    expect(mismatched.rows).toEqual([]);

    const references = await db.query<{ reference: string }>(`SELECT reference FROM candidates`);
    for (const row of references.rows) expect(row.reference).toMatch(/^ZI-\d{4}-\d{5}$/);
    // The keyset cursor carries millisecond ISO times: a microsecond part would skip or repeat rows.
    const microseconds = await db.query(`SELECT id FROM candidates WHERE extract(microseconds FROM applied_at)::bigint % 1000 <> 0`);
    expect(microseconds.rows).toEqual([]);

    // Made through the public application: audited as such, with both documents.
    expect(await count(`SELECT count(*)::int AS count FROM audit_log WHERE entity = 'candidate' AND action = 'apply'`)).toBe(total);
    const withoutDocuments = await db.query(
      `SELECT c.id FROM candidates c WHERE (SELECT count(DISTINCT d.kind) FROM candidate_documents d WHERE d.candidate_id = c.id) <> 2`,
    );
    expect(withoutDocuments.rows).toEqual([]);
  });

  it('holds interviews with panels of the demo boards, advice, and assessments of every outcome with the demo institutes', async () => {
    expect(await count(`SELECT count(*)::int AS count FROM selection_interviews WHERE status = 'scheduled' AND starts_at > now()`)).toBeGreaterThanOrEqual(1);
    expect(await count(`SELECT count(*)::int AS count FROM selection_interview_boards WHERE advice IS NOT NULL`)).toBeGreaterThanOrEqual(1);
    const outcomes = await db.query<{ outcome: string }>(`SELECT DISTINCT outcome FROM selection_interviews WHERE outcome IS NOT NULL`);
    expect(outcomes.rows.map((row) => row.outcome).sort()).toEqual(['negative', 'positive']);

    const assessments = await db.query<{ state: string }>(
      `SELECT DISTINCT CASE WHEN outcome IS NOT NULL THEN outcome WHEN planned_practice_day IS NULL THEN 'requested' ELSE 'planned' END AS state
       FROM suitability_assessments`,
    );
    expect(assessments.rows.map((row) => row.state).sort()).toEqual(['not_suitable', 'planned', 'requested', 'suitable']);
    const unmotivated = await db.query(`SELECT id FROM suitability_assessments WHERE outcome IS NOT NULL AND coalesce(motivation, '') = ''`);
    expect(unmotivated.rows).toEqual([]);

    // What each demo login sees is what the access grants of R14 give it.
    for (const login of BOARD_LOGINS) {
      const visible = await count(
        `SELECT count(DISTINCT g.candidate_id)::int AS count FROM candidate_access_grants g JOIN users u ON u.board_id = g.party_id
         WHERE g.party_kind = 'board' AND g.revoked_at IS NULL AND u.email = $1`,
        [`${login}@demo.flevowijs.nl`],
      );
      expect({ login, visible: visible >= 1 }).toEqual({ login, visible: true });
    }
    for (const login of INSTITUTE_LOGINS) {
      const visible = await count(
        `SELECT count(*)::int AS count FROM suitability_assessments a JOIN users u ON u.institute_id = a.institute_id WHERE u.email = $1`,
        [`${login}@demo.flevowijs.nl`],
      );
      expect({ login, visible: visible >= 1 }).toEqual({ login, visible: true });
    }
    // Capacity for every board in 2024-2025 and 2025-2026 (Stichting School: 3 in 2025-2026); the
    // showcase's placements hold places, and each counter equals the placements that hold one.
    const capacity = await db.query<{ year: string; boards: number }>(
      `SELECT school_year AS year, count(*)::int AS boards FROM board_capacity WHERE school_year IN ('2024-2025', '2025-2026') GROUP BY school_year ORDER BY 1`,
    );
    expect(capacity.rows).toEqual([
      { year: '2024-2025', boards: 14 },
      { year: '2025-2026', boards: 14 },
    ]);
    const school = await db.query(
      `SELECT c.places FROM board_capacity c JOIN boards b ON b.id = c.board_id WHERE b.name = 'Stichting School' AND c.school_year = '2025-2026'`,
    );
    expect(school.rows).toEqual([{ places: 3 }]);
    expect(await count(`SELECT count(*)::int AS count FROM placements WHERE holds_place`)).toBeGreaterThanOrEqual(2);
    const overcounted = await db.query(
      `SELECT c.board_id FROM board_capacity c
       WHERE c.used <> (SELECT count(*) FROM placements p WHERE p.board_id = c.board_id AND p.school_year = c.school_year AND p.holds_place)`,
    );
    expect(overcounted.rows).toEqual([]);
    expect(await count(`SELECT count(*)::int AS count FROM matching_proposals WHERE status = 'proposed'`)).toBeGreaterThanOrEqual(2);

    // The mails are in the outbox for the worker (to the demo mail sink under npm start).
    expect(await count(`SELECT count(*)::int AS count FROM outbox_jobs`)).toBeGreaterThanOrEqual(20);
  });

  it('holds the Ad PEP group of 30 from 1 October 2025, and programmes in every phase and outcome with a board task', async () => {
    expect(
      await count(`SELECT count(*)::int AS count FROM programmes WHERE route = 'ad_pep' AND start_date = '2025-10-01' AND previous_programme_id IS NULL`),
    ).toBe(30);
    const statuses = await db.query<{ status: string }>(`SELECT DISTINCT status FROM programmes ORDER BY status`);
    expect(statuses.rows.map((row) => row.status)).toEqual(['dropped_out', 'qualified', 'route_switched', 'running', 'term_expired']);
    const phases = await db.query<{ phase: string }>(`SELECT DISTINCT dropout_phase AS phase FROM programmes WHERE dropout_phase IS NOT NULL ORDER BY 1`);
    expect(phases.rows.map((row) => row.phase)).toEqual(['soft_landing', 'year_1', 'year_2']);
    // Running: one in its soft landing, in year 1, in year 2 (the group) and one past its original end with an extension.
    const running = await db.query<{ start_date: Date; placement_start_date: Date; original_planned_end: Date; planned_end: Date }>(
      `SELECT start_date, placement_start_date, original_planned_end, planned_end FROM programmes WHERE status = 'running'`,
    );
    expect(running.rows.some((row) => row.planned_end > row.original_planned_end && row.original_planned_end < new Date())).toBe(true);
    expect(running.rows.some((row) => row.placement_start_date.getTime() > Date.now() - 90 * 24 * 3600_000)).toBe(true);
    expect(await count(`SELECT count(*)::int AS count FROM programme_tasks`)).toBeGreaterThanOrEqual(1);
    expect(await count(`SELECT count(*)::int AS count FROM subsidies`)).toBeGreaterThanOrEqual(10);
    // The four demo coaches have profiles, and every running programme started as such waits for the
    // worker to assign a coach (R9); one continued after a route switch is found by the daily retry sweep.
    expect(await count(`SELECT count(*)::int AS count FROM coaches WHERE active`)).toBe(4);
    const unassigned = await count(
      `SELECT count(*)::int AS count FROM programmes p WHERE p.status = 'running' AND p.previous_programme_id IS NULL AND NOT EXISTS (
         SELECT 1 FROM outbox_jobs o WHERE o.name = 'coaching.assign-coach' AND o.status = 'pending' AND o.payload->>'programmeId' = p.id::text)`,
    );
    expect(unassigned).toBe(0);
    // Coaching (demo-coaching.ts): every running programme has its coach and a session every three weeks, mostly on the
    // norm (160 h a year pro rata); coach1 has one programme behind it by more than 25% and one without a session for 28 days.
    const pace = await db.query<{ login: string; behind: boolean; quiet: boolean }>(
      `SELECT u.email AS login, coalesce(sum(s.minutes), 0) / 60.0 < 0.75 * 160 * (current_date - p.start_date) / 365 AS behind,
         a.quiet_since < current_date - 28 AS quiet
       FROM programmes p JOIN coach_assignments a ON a.programme_id = p.id AND a.ended_at IS NULL JOIN users u ON u.id = a.coach_id
       LEFT JOIN coaching_sessions s ON s.programme_id = p.id
       WHERE p.status = 'running' GROUP BY p.id, u.email, a.quiet_since`,
    );
    expect(await count(`SELECT count(*)::int AS count FROM programmes p WHERE p.status = 'running'`)).toBe(pace.rows.length);
    expect(pace.rows.filter((row) => row.login.startsWith('coach1') && row.behind && !row.quiet)).toHaveLength(1);
    expect(pace.rows.filter((row) => row.login.startsWith('coach1') && row.quiet)).toHaveLength(1);
    expect(pace.rows.filter((row) => !row.behind && !row.quiet).length).toBeGreaterThanOrEqual(10);
  });

  // The demo runs every kind of command through the product, so its audit log names every entity,
  // action and field the audit page must show in Dutch (a name without a label is shown raw).
  it('writes only audit entities, actions and fields the audit page has Dutch names for; every job has one too', async () => {
    const names = async (sql: string) => (await db.query<{ name: string }>(sql)).rows.map((row) => row.name);
    const unlabelled = (labels: Record<string, string>, found: string[]) => found.filter((name) => !Object.hasOwn(labels, name));
    expect(unlabelled(ENTITY_LABELS, await names(`SELECT DISTINCT entity AS name FROM audit_log`))).toEqual([]);
    expect(unlabelled(ACTION_LABELS, await names(`SELECT DISTINCT action AS name FROM audit_log`))).toEqual([]);
    expect(unlabelled(FIELD_LABELS, await names(`SELECT DISTINCT unnest(changed_fields) AS name FROM audit_log`))).toEqual([]);
    expect(unlabelled(JOB_LABELS, [...ALL_JOBS])).toEqual([]);
  });

  it('changes nothing when it runs again', async () => {
    const counts = async () => {
      const entries: [string, number][] = [];
      for (const table of COUNTED_TABLES) entries.push([table, await count(`SELECT count(*)::int AS count FROM ${table}`)]);
      return Object.fromEntries(entries);
    };
    const before = await counts();
    const again = await seedDemoData(databaseUrl, { candidates: 50, progress: false, environment: environment() });
    expect(again.seeded).toBe(false);
    expect(await counts()).toEqual(before);
    expect(before.boards).toBe(14);
  });
});
