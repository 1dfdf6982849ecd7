import { Client } from 'pg';
import { ROLES } from '@app/shared';
import { runMigrations } from '@app/infra';
import { seedDemoData } from '../../apps/api/src/seed/seed';
import { baseDatabaseUrl, testRunName, withAdminClient } from '../support/test-environment';

/** The seed runs into a database of its own: the suite's shared database may hold other tests' rows. */
describe('demo data (npm run seed)', () => {
  const databaseName = `${testRunName()}_seed`;
  const databaseUrl = (() => {
    const url = new URL(baseDatabaseUrl());
    url.pathname = `/${databaseName}`;
    return url.toString();
  })();
  let db: Client;

  beforeAll(async () => {
    await withAdminClient((client) => client.query(`CREATE DATABASE ${databaseName}`));
    await runMigrations(databaseUrl);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  });

  it('fills an empty database with organisations, every role and candidates with their history', async () => {
    const result = await seedDemoData(databaseUrl, { candidates: 200, progress: false });
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
    expect(stages.rows.reduce((sum, row) => sum + row.count, 0)).toBe(200);
    expect(stages.rows.map((row) => row.stage)).toEqual(expect.arrayContaining(['applied', 'screening', 'rejected', 'withdrawn']));

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

    const audited = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_log WHERE entity = 'candidate' AND action = 'seed'`);
    expect(audited.rows[0].count).toBe(200);
  });

  it('does nothing when the database already holds candidates', async () => {
    const again = await seedDemoData(databaseUrl, { candidates: 50, progress: false });
    expect(again.seeded).toBe(false);
    const candidates = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM candidates`);
    expect(candidates.rows[0].count).toBe(200);
    const boards = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM boards`);
    expect(boards.rows[0].count).toBe(14);
  });
});
