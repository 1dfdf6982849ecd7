import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { SchoolYear, today, type Role } from '@app/shared';
import { ConfigurationError, describeStartupFailure, loadConfig } from '@app/infra';
import { passwordHasher } from '@app/accounts';
import { generateDemoCandidates, type DemoCandidate } from './demo-candidates';
import { DEMO_BOARDS, DEMO_EMAIL_DOMAIN, DEMO_INSTITUTES, DEMO_PASSWORD, DEMO_USERS, cityOf } from './demo-organisations';
import { runShowcase, type DemoActors } from './showcase-runner';
import { runProgrammeDemo } from './demo-programmes';

export interface SeedOptions {
  /** How many generated candidates besides the showcase, in the early stages only (default none; the benchmark asks for 50,000). */
  candidates?: number;
  /**
   * The product's environment (SMTP_URL, STORAGE_DIR, …; DATABASE_URL is the one given). With it the
   * showcase candidates are made through the modules' services; without it (the benchmark) they are not.
   */
  environment?: Record<string, string | undefined>;
  /** Show a progress bar on stderr (default true). */
  progress?: boolean;
  /** The configured first administrator (ADMIN_EMAIL / ADMIN_PASSWORD), created when missing. */
  administrator?: { email: string; password: string };
  /** The moment the demo data is built around (default: now). */
  now?: Date;
}

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

export interface SeedResult {
  seeded: boolean;
  logins: DemoLogin[];
  candidates: number;
  milliseconds: number;
}

/** Rows per INSERT: big enough that round trips do not matter, small enough for a smooth progress bar. */
const BATCH_SIZE = 5000;
const SEED_LOCK = 'zij-instroom-seed';

/**
 * Fills an empty database with demo organisations and users of every role (one transaction), the
 * showcase candidates (through the modules' services) and `candidates` generated ones. Does nothing
 * when candidates exist, so a second run changes nothing. A run stopped halfway through the showcase
 * leaves candidates behind and is not completed by the next one: delete `.data/` to start afresh.
 */
export async function seedDemoData(databaseUrl: string, options: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now();
  const client = new Client({ connectionString: databaseUrl, application_name: 'zij-instroom-seed' });
  await client.connect();
  try {
    // Two seeds started at once would both see an empty table; the second waits (for the whole run) and then sees rows.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [SEED_LOCK]);
    const { rows } = await client.query<{ present: boolean }>('SELECT EXISTS (SELECT 1 FROM candidates) AS present');
    if (rows[0].present) {
      return { seeded: false, logins: await existingDemoLogins(client), candidates: 0, milliseconds: Date.now() - started };
    }
    await client.query('BEGIN');
    const now = new Date(Math.floor((options.now ?? new Date()).getTime()));
    await insertOrganisations(client, now);
    await insertCapacity(client, now);
    // One hash for every demo account: argon2 is slow on purpose.
    const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
    await insertUsers(client, now, passwordHash);
    if (options.administrator) await insertAdministrator(client, now, options.administrator);
    const staffIds = await demoStaffIds(client);
    const candidates = generateDemoCandidates(options.candidates ?? 0, now, staffIds.length);
    await insertCandidates(client, now, candidates, staffIds, options.progress ?? true);
    await client.query('COMMIT');
    const showcase = options.environment
      ? (await runShowcase(loadConfig({ ...options.environment, DATABASE_URL: databaseUrl }), now, await demoActors(client))) +
        (await runProgrammeDemo(loadConfig({ ...options.environment, DATABASE_URL: databaseUrl }), now, await demoActors(client)))
      : 0;
    // Fresh statistics, so the first queries after a large seed get the index plans.
    await client.query('ANALYZE candidates, candidate_stage_history, users, sessions');
    const logins: DemoLogin[] = DEMO_USERS.map((user) => ({ role: user.role, email: user.email, password: DEMO_PASSWORD }));
    return { seeded: true, logins, candidates: showcase + candidates.length, milliseconds: Date.now() - started };
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [SEED_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** The demo users by their login's local part (medewerker1, bestuur2, …), as the actors of the showcase. */
async function demoActors(client: Client): Promise<DemoActors> {
  const { rows } = await client.query<{ id: string; email: string; role: Role; board_id: string | null; institute_id: string | null }>(
    `SELECT id, email, role, board_id, institute_id FROM users WHERE email = ANY($1::text[])`,
    [DEMO_USERS.map((user) => user.email)],
  );
  return new Map(rows.map((row) => [row.email.split('@')[0], { userId: row.id, role: row.role, boardId: row.board_id, instituteId: row.institute_id }]));
}

async function existingDemoLogins(client: Client): Promise<DemoLogin[]> {
  const { rows } = await client.query<{ role: Role; email: string }>(
    `SELECT role, email FROM users WHERE email LIKE $1 AND active ORDER BY created_at, email`,
    [`%@${DEMO_EMAIL_DOMAIN}`],
  );
  return rows.map((row) => ({ ...row, password: DEMO_PASSWORD }));
}

async function insertOrganisations(client: Client, now: Date): Promise<void> {
  await client.query(
    `WITH inserted AS (
       INSERT INTO boards (name, region, joined_at, created_at)
       SELECT name, region, joined_at, $4 FROM unnest($1::text[], $2::text[], $3::date[]) AS t(name, region, joined_at)
       ON CONFLICT (name) DO NOTHING RETURNING id)
     INSERT INTO audit_log (at, actor_role, entity, entity_id, action) SELECT $4, 'system', 'board', id::text, 'seed' FROM inserted`,
    [DEMO_BOARDS.map((board) => board.name), DEMO_BOARDS.map((board) => board.region), DEMO_BOARDS.map((board) => board.joinedAt), now],
  );
  const schools = DEMO_BOARDS.flatMap((board) => board.schools.map((school) => ({ board: board.name, name: school, city: cityOf(board) })));
  await client.query(
    `WITH inserted AS (
       INSERT INTO schools (board_id, name, city, created_at)
       SELECT b.id, t.name, t.city, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(board, name, city)
       JOIN boards b ON b.name = t.board
       ON CONFLICT (board_id, name) DO NOTHING RETURNING id)
     INSERT INTO audit_log (at, actor_role, entity, entity_id, action) SELECT $4, 'system', 'school', id::text, 'seed' FROM inserted`,
    [schools.map((school) => school.board), schools.map((school) => school.name), schools.map((school) => school.city), now],
  );
  await client.query(
    `WITH inserted AS (
       INSERT INTO institutes (name, created_at) SELECT name, $2 FROM unnest($1::text[]) AS t(name)
       ON CONFLICT (name) DO NOTHING RETURNING id)
     INSERT INTO audit_log (at, actor_role, entity, entity_id, action) SELECT $2, 'system', 'institute', id::text, 'seed' FROM inserted`,
    [DEMO_INSTITUTES, now],
  );
}

/**
 * Every board's supernumerary places in 2024-2025 and 2025-2026 (Stichting School: 3 in 2025-2026),
 * and in the school year of the seed's day and the next, so the showcase's placements find places.
 */
async function insertCapacity(client: Client, now: Date): Promise<void> {
  const current = SchoolYear.of(today(now));
  const years = [...new Set(['2024-2025', '2025-2026', current.previous().label, current.label, current.next().label])];
  const rows = DEMO_BOARDS.flatMap((board, index) => years.map((year) => ({ board: board.name, year, places: demoPlaces(board.name, index) })));
  await client.query(
    `WITH inserted AS (
       INSERT INTO board_capacity (board_id, school_year, places, used, updated_at)
       SELECT b.id, t.year, t.places, 0, $4 FROM unnest($1::text[], $2::text[], $3::int[]) AS t(board, year, places) JOIN boards b ON b.name = t.board
       ON CONFLICT (board_id, school_year) DO NOTHING RETURNING board_id, school_year)
     INSERT INTO audit_log (at, actor_role, entity, entity_id, action, changed_fields)
     SELECT $4, 'system', 'board_capacity', board_id || '/' || school_year, 'seed', '{places}' FROM inserted`,
    [rows.map((row) => row.board), rows.map((row) => row.year), rows.map((row) => row.places), now],
  );
}

/** Stichting School declares 3 places (the spec's example); the others 1 to 4, by their place in the list. */
function demoPlaces(boardName: string, index: number): number {
  return boardName === 'Stichting School' ? 3 : (index % 4) + 1;
}

async function insertUsers(client: Client, now: Date, passwordHash: string): Promise<void> {
  await client.query(
    `WITH inserted AS (
       INSERT INTO users (email, name, role, board_id, institute_id, password_hash, created_at, updated_at)
       SELECT t.email, t.name, t.role, b.id, i.id, $6, $7, $7
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(email, name, role, board, institute)
       LEFT JOIN boards b ON b.name = t.board LEFT JOIN institutes i ON i.name = t.institute
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id)
     INSERT INTO audit_log (at, actor_role, entity, entity_id, action) SELECT $7, 'system', 'user', id::text, 'seed' FROM inserted`,
    [
      DEMO_USERS.map((user) => user.email),
      DEMO_USERS.map((user) => user.name),
      DEMO_USERS.map((user) => user.role),
      DEMO_USERS.map((user) => user.boardName ?? null),
      DEMO_USERS.map((user) => user.instituteName ?? null),
      passwordHash,
      now,
    ],
  );
}

async function insertAdministrator(client: Client, now: Date, administrator: { email: string; password: string }): Promise<void> {
  const { rows } = await client.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [administrator.email]);
  if (rows.length > 0) return;
  await client.query(
    `WITH inserted AS (
       INSERT INTO users (email, name, role, password_hash, created_at, updated_at) VALUES (lower($1), 'Beheerder', 'admin', $2, $3, $3)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id)
     INSERT INTO audit_log (at, actor_role, entity, entity_id, action) SELECT $3, 'system', 'user', id::text, 'seed' FROM inserted`,
    [administrator.email, await passwordHasher.hash(administrator.password), now],
  );
}

async function demoStaffIds(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM users WHERE role = 'staff' AND email LIKE $1 ORDER BY email`, [`%@${DEMO_EMAIL_DOMAIN}`]);
  if (rows.length === 0) throw new Error('The demo staff users are missing; the stage history needs an actor.');
  return rows.map((row) => row.id);
}

async function insertCandidates(client: Client, now: Date, candidates: DemoCandidate[], staffIds: string[], progress: boolean): Promise<void> {
  const bar = progress ? new SingleBar({ format: 'Kandidaten {bar} {value}/{total}', noTTYOutput: true, notTTYSchedule: 1000 }) : null;
  bar?.start(candidates.length, 0);
  for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
    const batch = candidates.slice(start, start + BATCH_SIZE);
    await insertCandidateBatch(client, now, batch);
    await insertHistoryBatch(client, batch, staffIds);
    bar?.update(start + batch.length);
  }
  bar?.stop();
}

/** One INSERT … SELECT FROM unnest per batch; references count up in application order, like real ones. */
async function insertCandidateBatch(client: Client, now: Date, batch: DemoCandidate[]): Promise<void> {
  const column = <T>(value: (candidate: DemoCandidate) => T): T[] => batch.map(value);
  await client.query(
    `WITH input AS (
       SELECT t.*, nextval('candidate_reference_seq') AS number
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::boolean[], $10::text[], $11::timestamptz[], $12::timestamptz[], $13::text[], $15::text[], $16::text[])
         AS t(id, first_name, last_name, email, phone, degree_level, degree_field, region, consent_to_keep, stage, applied_at, stage_changed_at, closing_reason,
           route, source)
     ), inserted AS (
       INSERT INTO candidates (id, reference, first_name, last_name, email, phone, degree_level, degree_field, region, consent_to_keep,
         stage, applied_at, stage_changed_at, closed_at, closing_reason, created_at, updated_at, route, source)
       SELECT id,
         'ZI-' || to_char(applied_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY') || '-'
           || CASE WHEN number < 100000 THEN lpad(number::text, 5, '0') ELSE number::text END,
         first_name, last_name, email, phone, degree_level, degree_field, region, consent_to_keep, stage, applied_at, stage_changed_at,
         CASE WHEN stage IN ('qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired') THEN stage_changed_at END,
         closing_reason, applied_at, stage_changed_at, route, source
       FROM input RETURNING id)
     INSERT INTO audit_log (at, actor_role, entity, entity_id, action) SELECT $14, 'system', 'candidate', id::text, 'seed' FROM inserted`,
    [
      column((candidate) => candidate.id),
      column((candidate) => candidate.firstName),
      column((candidate) => candidate.lastName),
      column((candidate) => candidate.email),
      column((candidate) => candidate.phone),
      column((candidate) => candidate.degreeLevel),
      column((candidate) => candidate.degreeField),
      column((candidate) => candidate.region),
      column((candidate) => candidate.consentToKeep),
      column((candidate) => candidate.stage),
      column((candidate) => candidate.appliedAt.toISOString()),
      column((candidate) => candidate.stageChangedAt.toISOString()),
      column((candidate) => candidate.closingReason),
      now,
      column((candidate) => candidate.route),
      column((candidate) => candidate.source ?? null),
    ],
  );
}

async function insertHistoryBatch(client: Client, batch: DemoCandidate[], staffIds: string[]): Promise<void> {
  const changes = batch.flatMap((candidate) => candidate.history.map((change) => ({ candidateId: candidate.id, ...change })));
  await client.query(
    `INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, actor_id, at, reason)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::timestamptz[], $6::text[])`,
    [
      changes.map((change) => change.candidateId),
      changes.map((change) => change.from),
      changes.map((change) => change.to),
      changes.map((change) => (change.staffIndex === null ? null : staffIds[change.staffIndex])),
      changes.map((change) => change.at.toISOString()),
      changes.map((change) => change.reason),
    ],
  );
}

function candidateCountFrom(argv: string[]): number | undefined {
  const index = argv.findIndex((argument) => argument === '--candidates' || argument.startsWith('--candidates='));
  if (index === -1) return undefined;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new ConfigurationError(`Geef bij --candidates een geheel aantal van 1 tot 1.000.000 (nu "${raw ?? ''}").`);
  }
  return count;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const result = await seedDemoData(config.databaseUrl, {
    candidates: candidateCountFrom(process.argv.slice(2)),
    environment: process.env,
    progress: true,
    administrator: { email: config.adminEmail, password: config.adminPassword },
  });
  if (!result.seeded) {
    console.log('De database bevat al kandidaten: er is niets toegevoegd.');
  } else {
    console.log(`Demogegevens geladen: ${result.candidates} kandidaten in ${(result.milliseconds / 1000).toFixed(1)} s.`);
  }
  if (result.logins.length > 0) {
    console.log(`\nDemo-accounts (wachtwoord ${DEMO_PASSWORD}):`);
    for (const login of result.logins) console.log(`  ${login.role.padEnd(10)} ${login.email}`);
  }
  console.log(`  ${'admin'.padEnd(10)} ${config.adminEmail} (wachtwoord uit ADMIN_PASSWORD)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(describeStartupFailure(error));
    process.exit(1);
  });
}
