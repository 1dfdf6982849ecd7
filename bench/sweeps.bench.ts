import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamicModule, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Pool } from 'pg';
import { FixedClock, calendarDate, startOfDay, type CalendarDate } from '@app/shared';
import { InfraModule, describeStartupFailure, loadConfig, type AppConfig } from '@app/infra';
import { END_REMINDERS, ProgrammesModule, dueDaysWindow, pastEndWindow, plannedEndWindow, yearOneStartWindow } from '@app/programmes';
import { PlacementsModule, softLandingDueDaysWindow, softLandingStartWindow } from '@app/placements';
import { CoachingModule, NO_SESSION_DAYS, quietSinceWindow } from '@app/coaching';
import { AuditModule } from '@app/audit';
import { REMINDER_SQL } from '../libs/programmes/src/persistence/reminders.repository';
import { EndRemindersSweep } from '../libs/programmes/src/jobs/end-reminders.sweep';
import { YearOneSurveySweep } from '../libs/programmes/src/jobs/year-one-survey.sweep';
import { SOFT_LANDING_SQL } from '../libs/placements/src/persistence/soft-landing-reminders.repository';
import { SoftLandingSweep } from '../libs/placements/src/jobs/soft-landing.sweep';
import { COACHING_REMINDER_SQL, normCheckParameters } from '../libs/coaching/src/persistence/coaching-reminders.repository';
import { NoSessionRemindersSweep } from '../libs/coaching/src/jobs/no-session-reminders.sweep';
import { NormWatchSweep } from '../libs/coaching/src/jobs/norm-watch.sweep';
import { positiveInteger, prepareBenchDatabase, productEnvironment, repositoryRoot } from './bench-support';
import { loadAverage, machineCores } from './bench-report';
import { seedSweepData } from './sweeps-data';

/**
 * `npm run bench` (alone: BENCH_PART=sweeps npm run bench): every R12 reminder sweep's selection
 * over 100,000 programmes with a realistic share due, through the product (the sweep's own `due`,
 * on the product's Database pool, with its narrowing in TypeScript) beside the bare SQL of that
 * selection (the same statements and parameters on a plain pg pool). Target: each ≤ 10 s and
 * ≤ 1.5× its bare SQL (medians of alternating rounds). Knobs: BENCH_PROGRAMMES, BENCH_SWEEP_ROUNDS,
 * BENCH_KEEP_DATABASE=1 (reuse zij_bench_sweeps as it is).
 */
const PROGRAMMES = positiveInteger('BENCH_PROGRAMMES', 100_000);
const ROUNDS = positiveInteger('BENCH_SWEEP_ROUNDS', 15);
const DATABASE_NAME = 'zij_bench_sweeps';
/** The benchmark's day: fixed, so runs compare. */
const DAY = calendarDate('2026-03-16');
const TARGET_SECONDS = 10;
const TARGET_RATIO = 1.5;

interface Statement {
  sql: string;
  parameters: unknown[];
}

interface SweepUnderTest {
  sweep: string;
  /** The product: the sweep's selection as it runs it; returns how many it would queue. */
  product(context: INestApplicationContext): Promise<number>;
  /** The bare SQL of the selection: the same statements with the same parameters. */
  bare: Statement[];
}

interface SweepFigures {
  sweep: string;
  due: number;
  bareRows: number;
  productMilliseconds: number;
  bareMilliseconds: number;
  ratio: number;
}

function sweepsUnderTest(config: AppConfig): SweepUnderTest[] {
  const past = pastEndWindow(DAY);
  const yearOne = yearOneStartWindow(DAY);
  const softLanding = softLandingStartWindow(DAY);
  const softLandingDueDays = softLandingDueDaysWindow(DAY);
  const quiet = quietSinceWindow(DAY);
  const count = (lists: { length: number }[]) => lists.reduce((sum, list) => sum + list.length, 0);
  return [
    {
      sweep: 'programmes.end-reminders (6, 3, 1 months; past the end)',
      product: async (context) => count((await context.get(EndRemindersSweep, { strict: false }).due(DAY)).map((selection) => selection.due)),
      bare: [
        ...END_REMINDERS.map(({ kind, months }) => {
          const ends = plannedEndWindow(DAY, months);
          const dueDays = dueDaysWindow(DAY);
          return { sql: REMINDER_SQL.endingBetween, parameters: [ends.from, ends.to, kind, months, dueDays.from, dueDays.to] };
        }),
        { sql: REMINDER_SQL.pastEndBetween, parameters: [past.from, past.to] },
      ],
    },
    {
      sweep: 'programmes.year-one-survey',
      product: async (context) => (await context.get(YearOneSurveySweep, { strict: false }).due(DAY)).length,
      bare: [{ sql: REMINDER_SQL.startedBetween, parameters: [yearOne.from, yearOne.to, dueDaysWindow(DAY).from, dueDaysWindow(DAY).to] }],
    },
    {
      sweep: 'placements.soft-landing',
      product: async (context) => (await context.get(SoftLandingSweep, { strict: false }).due(DAY)).length,
      bare: [{ sql: SOFT_LANDING_SQL.startedBetween, parameters: [softLanding.from, softLanding.to, softLandingDueDays.from, softLandingDueDays.to] }],
    },
    {
      sweep: 'coaching.no-session-reminders',
      product: async (context) => (await context.get(NoSessionRemindersSweep, { strict: false }).due(DAY)).length,
      bare: [{ sql: COACHING_REMINDER_SQL.quietProgrammes, parameters: [quiet.from, quiet.to, NO_SESSION_DAYS] }],
    },
    {
      sweep: 'coaching.norm-watch',
      product: async (context) => (await context.get(NormWatchSweep, { strict: false }).due(DAY)).length,
      bare: [{ sql: COACHING_REMINDER_SQL.normChecks, parameters: normCheckParameters(DAY, config.coaching.weeksPerStudyYear) }],
    },
  ];
}

/** The modules whose sweeps are measured, on a clock standing on the benchmark's day. */
@Module({})
class SweepBenchModule {
  static forRoot(config: AppConfig, clock: FixedClock): DynamicModule {
    return {
      module: SweepBenchModule,
      imports: [InfraModule.forRoot({ config, processName: 'zij-bench-sweeps', clock }), AuditModule, ProgrammesModule, PlacementsModule, CoachingModule],
    };
  }
}

/** A fresh database with the programmes each run (unless BENCH_KEEP_DATABASE=1 and it exists). */
async function prepareDatabase(baseUrl: string): Promise<{ url: string; seedMilliseconds: number }> {
  const { url, fresh } = await prepareBenchDatabase(baseUrl, DATABASE_NAME);
  if (!fresh) return { url, seedMilliseconds: 0 };
  const started = Date.now();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await seedSweepData(client, PROGRAMMES, DAY);
  } finally {
    await client.end();
  }
  console.log(`Seeded ${PROGRAMMES.toLocaleString('en')} programmes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { url, seedMilliseconds: Date.now() - started };
}

async function timed(work: () => Promise<number>): Promise<{ milliseconds: number; rows: number }> {
  const started = process.hrtime.bigint();
  const rows = await work();
  return { milliseconds: Number(process.hrtime.bigint() - started) / 1e6, rows };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Product and bare take turns (order swapped each round) after one warm-up each; medians. */
async function measure(context: INestApplicationContext, bare: Pool, sweep: SweepUnderTest): Promise<SweepFigures> {
  const runBare = async () => {
    let rows = 0;
    for (const statement of sweep.bare) rows += (await bare.query(statement.sql, statement.parameters)).rowCount ?? 0;
    return rows;
  };
  const runProduct = () => sweep.product(context);
  const due = (await timed(runProduct)).rows;
  const bareRows = (await timed(runBare)).rows;
  const times: Record<'product' | 'bare', number[]> = { product: [], bare: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const side of round % 2 === 0 ? (['product', 'bare'] as const) : (['bare', 'product'] as const)) {
      times[side].push((await timed(side === 'product' ? runProduct : runBare)).milliseconds);
    }
  }
  const productMilliseconds = median(times.product);
  const bareMilliseconds = median(times.bare);
  return { sweep: sweep.sweep, due, bareRows, productMilliseconds, bareMilliseconds, ratio: productMilliseconds / bareMilliseconds };
}

function markdown(report: { at: string; programmes: number; day: string; rounds: number; loadAverage: number; cpus: number; results: SweepFigures[] }): string {
  return [
    `# Reminder sweeps benchmark — ${report.at}`,
    '',
    `${report.programmes.toLocaleString('en')} programmes (bench/sweeps-data.ts), the sweeps' day ${report.day}, medians of ${report.rounds} alternating rounds, ` +
      `${report.cpus} cores (load average ${report.loadAverage.toFixed(1)} at the start). The product runs the sweep's own selection (its \`due\`, ` +
      "the repository on the product's Database pool and the narrowing in TypeScript); the bare side runs the same SQL with the same parameters on a plain pg pool. " +
      `Target: each ≤ ${TARGET_SECONDS} s and ≤ ${TARGET_RATIO}× its bare SQL.`,
    '',
    `| sweep | due (product) | rows (bare SQL) | product ms | bare ms | product/bare | ≤ ${TARGET_SECONDS} s | ≤ ${TARGET_RATIO}× |`,
    '|---|---:|---:|---:|---:|---:|:---:|:---:|',
    ...report.results.map(
      (row) =>
        `| ${row.sweep} | ${row.due} | ${row.bareRows} | ${row.productMilliseconds.toFixed(1)} | ${row.bareMilliseconds.toFixed(1)} | ` +
        // Rounded up, so a ratio shown as 1.50× has met 1.5.
        `${(Math.ceil(row.ratio * 100) / 100).toFixed(2)}× | ${row.productMilliseconds <= TARGET_SECONDS * 1000 ? 'met' : 'MISSED'} | ${
          row.ratio <= TARGET_RATIO ? 'met' : 'MISSED'
        } |`,
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  if (process.env.BENCH_PART && process.env.BENCH_PART !== 'sweeps') return;
  const database = await prepareDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const config = loadConfig(productEnvironment(database.url));
  const clock = new FixedClock(new Date(startOfDay(DAY as CalendarDate).getTime() + 7 * 3600_000));
  const context = await NestFactory.createApplicationContext(SweepBenchModule.forRoot(config, clock), { logger: false, abortOnError: false });
  const bare = new Pool({ connectionString: database.url, max: 2 });
  try {
    const loadAtStart = loadAverage();
    const results: SweepFigures[] = [];
    for (const sweep of sweepsUnderTest(config)) {
      const figures = await measure(context, bare, sweep);
      console.log(
        `${figures.sweep}: ${figures.due} due (${figures.bareRows} rows bare); product ${figures.productMilliseconds.toFixed(1)} ms, ` +
          `bare ${figures.bareMilliseconds.toFixed(1)} ms (${figures.ratio.toFixed(2)}×)`,
      );
      results.push(figures);
    }
    const report = { at: new Date().toISOString(), programmes: PROGRAMMES, day: DAY, rounds: ROUNDS, loadAverage: loadAtStart, cpus: machineCores(), results };
    const directory = join(repositoryRoot(), 'bench', 'results');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'sweeps.json'), `${JSON.stringify({ ...report, seedMilliseconds: database.seedMilliseconds }, null, 2)}\n`);
    writeFileSync(join(directory, 'sweeps.md'), markdown(report));
    console.log(`\n${markdown(report)}`);
    const missed = results.filter((row) => row.productMilliseconds > TARGET_SECONDS * 1000 || row.ratio > TARGET_RATIO);
    if (missed.length > 0) process.exitCode = 1;
  } finally {
    await bare.end();
    await context.close();
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
