import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { finished } from 'node:stream/promises';
import { Client } from 'pg';
import { loadConfig } from '@app/infra';
import { ImportsService, writeWorkbook, type OutputCell, type OutputRows } from '@app/imports';
import { createWorkerApplication } from '../apps/worker/src/bootstrap';
import { positiveInteger, prepareBenchDatabase, repositoryRoot } from './bench-support';

/**
 * `npm run bench:imports` (issue 15, item 8): a workbook of BENCH_IMPORT_CANDIDATES people (10,000)
 * with BENCH_IMPORT_SESSIONS coaching sessions each (20: 200,000 in all), checked and committed by
 * the worker in this process against a fresh database. Target: the commit in 60 s or less, with the
 * process (the worker; the dry run runs here too) at 512 MB resident or less. Figures go to
 * bench/results/imports.json and imports.md.
 */
const PEOPLE = positiveInteger('BENCH_IMPORT_CANDIDATES', 10_000);
const SESSIONS_EACH = positiveInteger('BENCH_IMPORT_SESSIONS', 20);
const DATABASE_NAME = 'zij_bench_imports';
const BOARD = 'Stichting Benchmark';
const SCHOOL = 'De Meetlat';

const day = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** People who applied over three school years, each placed, most of them qualified, a fifth still running. */
function workbookRows(): OutputRows {
  const rows: OutputRows = { candidates: [], capacity: [], placements: [], programmes: [], sessions: [], surveys: [] };
  for (let index = 0; index < PEOPLE; index += 1) {
    const reference = `BENCH-${String(index).padStart(6, '0')}`;
    const applied = day('2021-01-04', index % 700);
    const start = day(applied, 200);
    const running = index % 5 === 0;
    const candidate: OutputCell[] = [
      reference,
      'Naam',
      `Persoon ${index}`,
      `bench.${index}@example.nl`,
      null,
      'Wo-master',
      null,
      index % 2 ? 'Almere' : 'Lelystad',
      'zij_instroom',
    ];
    candidate.push(applied, day(applied, 2), day(applied, 10), day(applied, 20), day(applied, 30), day(applied, 90), null, null, null);
    rows.candidates.push(candidate);
    rows.placements.push([reference, BOARD, SCHOOL, day(start, -10), 1, 'nee', null, null]);
    rows.programmes.push([
      reference,
      'zij_instroom',
      start,
      day(start, -30),
      running ? 'Lopend' : 'Bevoegd',
      running ? null : day(start, 600),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    for (let session = 0; session < SESSIONS_EACH; session += 1) {
      rows.sessions.push([reference, day(start, 5 + session * 25), 60, 'Individueel', null]);
    }
    if (!running) rows.surveys.push([reference, 'Bevoegd', day(start, 610), 1 + (index % 10), null]);
  }
  return rows;
}

async function main(): Promise<void> {
  const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { url: databaseUrl } = await prepareBenchDatabase(baseUrl, DATABASE_NAME, { keepable: false });
  const storage = mkdtempSync(join(tmpdir(), 'zij-bench-imports-'));
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    STORAGE_DIR: storage,
    SMTP_URL: process.env.SMTP_URL ?? 'smtp://127.0.0.1:2525',
    ADMIN_EMAIL: 'beheer@bench.flevowijs.nl',
    ADMIN_PASSWORD: 'bench-admin-password-1',
    QUEUE_PREFIX: `bench_imports_${process.pid}`,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const board = await db.query<{ id: string }>(`INSERT INTO boards (name, region, joined_at) VALUES ($1, 'almere', '2020-08-01') RETURNING id`, [BOARD]);
  await db.query(`INSERT INTO schools (board_id, name, city) VALUES ($1, $2, 'Almere')`, [board.rows[0].id, SCHOOL]);
  const staff = await db.query<{ id: string }>(
    `INSERT INTO users (email, name, role, password_hash) VALUES ('bench.staff@example.nl', 'Bench', 'staff', 'x') RETURNING id`,
  );

  const file = join(storage, 'bench.xlsx');
  const built = Date.now();
  // Built in a process of its own: the figures below are those of the process that checks and commits.
  execFileSync(process.execPath, [__filename, '--build', file], { stdio: 'inherit' });
  const sizeBytes = statSync(file).size;
  console.log(
    `Workbook: ${PEOPLE} people, ${PEOPLE * SESSIONS_EACH} sessions, ${(sizeBytes / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - built) / 1000).toFixed(1)} s`,
  );

  const megabytes = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
  const worker = await createWorkerApplication(config);
  console.log(`RSS with the worker: ${megabytes()} MB`);
  const imports = worker.get(ImportsService, { strict: false });
  const actor = { userId: staff.rows[0].id, role: 'staff' as const };
  const checkStarted = Date.now();
  const checked = await imports.upload(actor, { path: file, fileName: 'bench.xlsx', sizeBytes });
  const checkSeconds = (Date.now() - checkStarted) / 1000;
  if (checked.errorCount > 0) throw new Error(`The dry run found ${checked.errorCount} errors: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  console.log(`Dry run: ${checkSeconds.toFixed(1)} s, RSS ${megabytes()} MB, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  const commitStarted = Date.now();
  await imports.requestCommit(actor, checked.id);
  let status = 'queued';
  while (status === 'queued') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    status = (await imports.get(checked.id)).status;
  }
  const commitSeconds = (Date.now() - commitStarted) / 1000;
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;
  const counts = await db.query(`SELECT (SELECT count(*) FROM candidates)::int AS candidates, (SELECT count(*) FROM coaching_sessions)::int AS sessions`);
  await worker.close();
  await db.end();
  rmSync(storage, { recursive: true, force: true });
  if (status !== 'committed') throw new Error(`The commit ended ${status}`);

  const report = {
    at: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg()[0],
    people: PEOPLE,
    sessions: PEOPLE * SESSIONS_EACH,
    fileMegabytes: Number((sizeBytes / 1024 / 1024).toFixed(1)),
    dryRunSeconds: Number(checkSeconds.toFixed(1)),
    commitSeconds: Number(commitSeconds.toFixed(1)),
    peakResidentMegabytes: Math.round(peakMegabytes),
    written: counts.rows[0],
    target: 'commit ≤ 60 s, worker ≤ 512 MB resident',
    heapLimit: process.execArgv.find((argument) => argument.startsWith('--max-old-space-size')) ?? 'none',
    met: commitSeconds <= 60 && peakMegabytes <= 512,
  };
  const directory = join(repositoryRoot(), 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'imports.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(
    join(directory, 'imports.md'),
    [
      '# Import benchmark (issue 15)',
      '',
      `${report.at}, Node ${report.node}, ${report.cpus} cores, load ${report.loadAverage.toFixed(1)}.`,
      '',
      '| people | sessions | file | dry run | commit | peak RSS (process) | target met |',
      '|---|---|---|---|---|---|---|',
      `| ${report.people} | ${report.sessions} | ${report.fileMegabytes} MB | ${report.dryRunSeconds} s | ${report.commitSeconds} s | ${report.peakResidentMegabytes} MB | ${report.met ? 'yes' : 'no'} |`,
      '',
      'The dry run and the commit run in one process (the worker, with the import service beside it), started with a 320 MB V8 heap',
      '(`--max-old-space-size=320`, as `npm run bench:imports` runs it); the peak is the resident size of that process. The workbook is built',
      'in a process of its own. Without the heap limit V8 lets the heap grow and the peak passes 512 MB (801 MB measured at 02:34 UTC).',
      '',
    ].join('\n'),
  );
  console.log(JSON.stringify(report, null, 2));
}

async function build(file: string): Promise<void> {
  const output = createWriteStream(file);
  await writeWorkbook(output, workbookRows());
  await finished(output);
}

(process.argv[2] === '--build' ? build(process.argv[3]) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
