import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { DEFAULT_CONVENANT_TARGETS, describeStartupFailure } from '@app/infra';
import {
  CAPACITY_SQL,
  COACHING_SQL,
  FUNNEL_BY_SOURCE_SQL,
  FUNNEL_SQL,
  PEOPLE_PER_COHORT_SQL,
  SATISFACTION_SQL,
} from '../libs/reporting/src/persistence/report.queries';
import { BENCH_ADMIN, login, positiveInteger, prepareBenchDatabase, productEnvironment, repositoryRoot } from './bench-support';
import { startServer } from './bench-servers';
import { loadAverage, machineCores } from './bench-report';
import { CpuMeter, type CpuReading } from './process-cpu';
import { seedReportData } from './reports-seed';

/**
 * `npm run bench:reports`: the convenant's reports (issue 14, item 8) on 50,000 candidates with
 * 1,000,000 coaching sessions. Each report is timed through the product's API (JSON and XLSX),
 * one request at a time as a person downloads it, beside its bare SQL: the same statements on a
 * plain pg pool (the KPI report's four side by side, as the reader runs them). Targets: each JSON
 * report ≤ 200 ms (median) and ≤ 1.3× its bare SQL. Knobs: BENCH_CANDIDATES, BENCH_SESSIONS,
 * BENCH_RUNS (timed requests per case, default 30), BENCH_KEEP_DATABASE=1 (reuse zij_bench_reports).
 * Writes bench/results/reports.json and reports.md, beside the candidates bench's files.
 */
const CANDIDATES = positiveInteger('BENCH_CANDIDATES', 50_000);
const SESSIONS = positiveInteger('BENCH_SESSIONS', 1_000_000);
const RUNS = positiveInteger('BENCH_RUNS', 30);
const WARM_UP_RUNS = 5;
const DATABASE_NAME = 'zij_bench_reports';
const TARGET_MS = 200;
const TARGET_RATIO = 1.3;
const BARE_APPLICATION = 'zij-bench-reports-bare';

async function prepareDatabase(baseUrl: string): Promise<{ url: string; seedSeconds: number | null; sessions: number }> {
  const { url, fresh } = await prepareBenchDatabase(baseUrl, DATABASE_NAME);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    if (fresh) await seedReportData(client, { candidates: CANDIDATES, sessions: SESSIONS });
    const seedSeconds = fresh ? (performance.now() - started) / 1000 : null;
    const { rows } = await client.query(`SELECT count(*)::int AS sessions FROM coaching_sessions`);
    return { url, seedSeconds, sessions: rows[0].sessions };
  } finally {
    await client.end();
  }
}

interface Timing {
  median: number;
  p95: number;
}

function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
  return { median: round1(at(0.5)), p95: round1(at(0.95)) };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

interface Work {
  run: () => Promise<unknown>;
  /** The CPU of the process that serves it and of its PostgreSQL backends. */
  cpu: () => Promise<{ server: number; backends: Map<number, number> }>;
}

/**
 * Times the works taking turns, one run of each per round, so other load on the machine falls on
 * all alike; and adds up the CPU time each one took (its server process and its database backends),
 * which depends far less than the wall time on what else runs on the machine.
 */
async function timeTogether(works: Work[]): Promise<{ timing: Timing; cpu: CpuReading }[]> {
  for (let run = 0; run < WARM_UP_RUNS; run += 1) for (const work of works) await work.run();
  const samples: number[][] = works.map(() => []);
  const cpu: CpuReading[] = works.map(() => ({ server: 0, database: 0 }));
  for (let run = 0; run < RUNS; run += 1) {
    for (const [index, work] of works.entries()) {
      const before = await work.cpu();
      const started = performance.now();
      await work.run();
      samples[index].push(performance.now() - started);
      const used = CpuMeter.difference(before, await work.cpu());
      cpu[index] = { server: cpu[index].server + used.server, database: cpu[index].database + used.database };
    }
  }
  return samples.map((taken, index) => ({
    timing: timingOf(taken),
    cpu: { server: round1(cpu[index].server / RUNS), database: round1(cpu[index].database / RUNS) },
  }));
}

async function fetchOk(url: string, token: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

interface CaseFigures {
  report: string;
  json: Timing;
  xlsx: Timing;
  bare: Timing;
  /** CPU milliseconds per request: the product's JSON (API process and its backends) and the bare SQL (this process and its backends). */
  cpu: { json: CpuReading; bare: CpuReading };
  ratio: number;
  withinTime: boolean;
  withinRatio: boolean;
}

async function main(): Promise<void> {
  const root = repositoryRoot();
  const results = join(root, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  const loadAtStart = loadAverage();
  console.log(`Preparing ${CANDIDATES} candidates and ${SESSIONS} coaching sessions…`);
  const database = await prepareDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  console.log(database.seedSeconds === null ? 'Reusing the seeded database' : `Seeded in ${database.seedSeconds.toFixed(1)} s (${database.sessions} sessions)`);
  const environment = productEnvironment(database.url, { MFA_REQUIRED_ROLES: '' });
  const product = await startServer('product', 'product-server.js', 'zij-instroom-api', environment);
  const pool = new Pool({ connectionString: database.url, max: 4, application_name: BARE_APPLICATION });
  const monitor = new Client({ connectionString: database.url, application_name: 'zij-bench-reports-monitor' });
  await monitor.connect();
  const meter = new CpuMeter(monitor, DATABASE_NAME);
  try {
    const token = await login(product.url, BENCH_ADMIN);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const filters = [today, null, null, null, null];
    const targets = DEFAULT_CONVENANT_TARGETS;
    const norms = [[targets.fromSchoolYear], [targets.coachingHoursPerWeek[0]], [targets.coachingHoursPerWeek[1]], 40];
    const bareKpis = () =>
      Promise.all([
        pool.query(PEOPLE_PER_COHORT_SQL, filters),
        pool.query(SATISFACTION_SQL, [...filters, 7]),
        pool.query(COACHING_SQL, [...filters, ...norms]),
        pool.query(CAPACITY_SQL, filters),
      ]);
    // The funnel, its split by source and the sources' names (as SourceReader.labels() reads them), like the product.
    const bareFunnel = () =>
      Promise.all([
        pool.query(FUNNEL_SQL, filters),
        pool.query(FUNNEL_BY_SOURCE_SQL, filters),
        pool.query('SELECT code, label FROM application_sources ORDER BY position, code'),
      ]);
    const cases: { report: string; path: string; bare: () => Promise<unknown> }[] = [
      { report: 'KPIs (GET /api/reports/kpis)', path: '/api/reports/kpis', bare: bareKpis },
      { report: 'funnel (GET /api/reports/funnel)', path: '/api/reports/funnel', bare: bareFunnel },
    ];
    const figures: CaseFigures[] = [];
    for (const entry of cases) {
      const productCpu = () => meter.read(product.pid, 'zij-instroom-api');
      const [bare, json, xlsx] = await timeTogether([
        { run: entry.bare, cpu: () => meter.read(process.pid, BARE_APPLICATION) },
        { run: () => fetchOk(`${product.url}${entry.path}`, token), cpu: productCpu },
        { run: () => fetchOk(`${product.url}${entry.path}?format=xlsx`, token), cpu: productCpu },
      ]);
      const ratio = Math.round((json.timing.median / bare.timing.median) * 100) / 100;
      figures.push({
        report: entry.report,
        json: json.timing,
        xlsx: xlsx.timing,
        bare: bare.timing,
        cpu: { json: json.cpu, bare: bare.cpu },
        ratio,
        withinTime: json.timing.median <= TARGET_MS,
        withinRatio: ratio <= TARGET_RATIO,
      });
      const [jsonMs, xlsxMs, bareMs] = [json, xlsx, bare].map((entry) => entry.timing.median);
      console.log(`${entry.report}: JSON ${jsonMs} ms, XLSX ${xlsxMs} ms, bare SQL ${bareMs} ms (${ratio}×)`);
    }
    const report = {
      at: new Date().toISOString(),
      candidates: CANDIDATES,
      sessions: database.sessions,
      seedSeconds: database.seedSeconds === null ? null : round1(database.seedSeconds),
      runs: RUNS,
      node: process.version,
      cores: machineCores(),
      loadAverage: loadAtStart,
      targets: { jsonMedianMs: TARGET_MS, ratioToBareSql: TARGET_RATIO },
      figures,
    };
    writeFileSync(join(results, 'reports.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(results, 'reports.md'), markdown(report));
    console.log(`Wrote bench/results/reports.json and reports.md`);
  } finally {
    await pool.end();
    await monitor.end();
    await product.stop();
  }
}

function markdown(report: {
  at: string;
  candidates: number;
  sessions: number;
  seedSeconds: number | null;
  runs: number;
  node: string;
  cores: number;
  loadAverage: number;
  figures: CaseFigures[];
}): string {
  const mark = (met: boolean) => (met ? 'met' : 'MISSED');
  const lines = [
    `# Reports benchmark — ${report.at}`,
    '',
    `${report.candidates.toLocaleString('en')} candidates, ${report.sessions.toLocaleString('en')} coaching sessions (${report.seedSeconds === null ? 'seeded by an earlier run' : `seeded in ${report.seedSeconds} s`}), ` +
      `${report.runs} timed requests per case after ${WARM_UP_RUNS} warm-up, one at a time; Node ${report.node}, ${report.cores} cores ` +
      `(load average ${report.loadAverage} at the start). Target: JSON median ≤ ${TARGET_MS} ms and ≤ ${TARGET_RATIO}× the bare SQL.`,
    '',
    '| report | JSON p50 ms | JSON p95 ms | XLSX p50 ms | XLSX p95 ms | bare SQL p50 ms | bare SQL p95 ms | JSON/bare | ≤ 200 ms | ≤ 1.3× |',
    '|---|---:|---:|---:|---:|---:|---:|---:|:---:|:---:|',
    ...report.figures.map(
      (row) =>
        `| ${row.report} | ${row.json.median} | ${row.json.p95} | ${row.xlsx.median} | ${row.xlsx.p95} | ${row.bare.median} | ${row.bare.p95} | ${row.ratio}× | ${mark(row.withinTime)} | ${mark(row.withinRatio)} |`,
    ),
    '',
    'CPU time per request (ms): it depends far less than the wall time on whatever else runs on the machine.',
    '',
    '| report | product node | product postgres | bare node (pg client) | bare postgres |',
    '|---|---:|---:|---:|---:|',
    ...report.figures.map((row) => `| ${row.report} | ${row.cpu.json.server} | ${row.cpu.json.database} | ${row.cpu.bare.server} | ${row.cpu.bare.database} |`),
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
