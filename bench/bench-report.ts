import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx, and connection errors. */
  failures: number;
  /** CPU time of the server process per answered request (NaN where /proc is missing). */
  serverCpuMillisecondsPerRequest: number;
  /** CPU time of the server's PostgreSQL backends per answered request. */
  databaseCpuMillisecondsPerRequest: number;
}

export interface RequestFigures {
  request: string;
  path: string;
  /** Saturated (closed loop, every connection sends again at once): throughput. */
  product: Measurement;
  bare: Measurement;
  /** The median of `roundRatios`: what the target is judged on. */
  ratio: number;
  /** Per round, product req/s ÷ bare req/s, saturated; the two runs of a round are seconds apart. */
  roundRatios: number[];
  /** At the offered rate (`BenchReport.offeredRate`): the latency a user sees under heavy but not saturating load. */
  atRate: { product: Measurement; bare: Measurement };
}

export interface BenchReport {
  at: string;
  node: string;
  cpus: number;
  candidates: number;
  seedMilliseconds: number;
  connections: number;
  /** Requests per second offered in the latency phase. */
  offeredRate: number;
  durationSeconds: number;
  rounds: number;
  logLevel: string;
  /** The machine's 1-minute load average when measuring began: other work on it shows in req/s and p99. */
  loadAverage: number;
  target: string;
  results: RequestFigures[];
}

const TARGET_RATIO = 0.8;
const TARGET_P99_MS = 50;

function meetsRatio(figures: RequestFigures): boolean {
  return figures.ratio >= TARGET_RATIO;
}

function meetsLatency(figures: RequestFigures): boolean {
  return figures.atRate.product.p99 <= TARGET_P99_MS;
}

/** Rounded down, so a ratio shown as 0.80× has met 0.8. */
function roundedDown(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function markdownTable(report: BenchReport): string {
  const lines = [
    `# Candidates API benchmark — ${report.at}`,
    '',
    `${report.candidates.toLocaleString('en')} candidates (seeded in ${(report.seedMilliseconds / 1000).toFixed(1)} s), ` +
      `${report.connections} connections, ${report.durationSeconds} s per server and request in ${report.rounds} alternating rounds of ${report.durationSeconds / report.rounds} s each, ` +
      `product log level ${report.logLevel}, Node ${report.node}, ${report.cpus} cores (load average ${report.loadAverage.toFixed(1)} at the start). ` +
      `Target: ${report.target}.`,
    '',
    `Throughput, saturated: ${report.connections} connections each send the next request as soon as the answer is in. ` +
      `The latency here is mostly time queued behind the other connections (${report.connections} in flight ÷ the answers a second).`,
    '',
    `req/s are pooled over the rounds. product/bare is the median of the ${report.rounds} rounds' ratios (each round runs both servers, seconds apart, ` +
      'so drift on the machine falls on both); the range shows the lowest and highest round.',
    '',
    `| request | product req/s | product p50 ms | product p99 ms | bare req/s | bare p50 ms | bare p99 ms | product/bare | rounds | ≥ ${TARGET_RATIO}× |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
    ...report.results.map((row) =>
      tableRow([
        row.request,
        row.product.requestsPerSecond.toFixed(0),
        row.product.p50.toFixed(1),
        row.product.p99.toFixed(1),
        row.bare.requestsPerSecond.toFixed(0),
        row.bare.p50.toFixed(1),
        row.bare.p99.toFixed(1),
        `${roundedDown(row.ratio)}×`,
        `${roundedDown(Math.min(...row.roundRatios))}–${roundedDown(Math.max(...row.roundRatios))}×`,
        meetsRatio(row) ? 'met' : 'MISSED',
      ]),
    ),
    '',
    `Latency at ${report.offeredRate} requests a second, started at an even pace over at most ${report.connections} kept-alive connections ` +
      '(far above the desk, coaches and boards together at their busiest, yet not saturating), counted from the moment each request was due: what a user waits.',
    '',
    `| request | product p50 ms | product p99 ms | bare p50 ms | bare p99 ms | p99 ≤ ${TARGET_P99_MS} ms |`,
    '|---|---:|---:|---:|---:|:---:|',
    ...report.results.map((row) =>
      tableRow([
        row.request,
        row.atRate.product.p50.toFixed(1),
        row.atRate.product.p99.toFixed(1),
        row.atRate.bare.p50.toFixed(1),
        row.atRate.bare.p99.toFixed(1),
        meetsLatency(row) ? 'met' : 'MISSED',
      ]),
    ),
    '',
    'CPU time per request (ms): it depends far less than req/s on whatever else runs on the machine.',
    '',
    '| request | product node | product postgres | bare node | bare postgres |',
    '|---|---:|---:|---:|---:|',
    ...report.results.map(
      (row) =>
        `| ${row.request} | ${[
          row.product.serverCpuMillisecondsPerRequest,
          row.product.databaseCpuMillisecondsPerRequest,
          row.bare.serverCpuMillisecondsPerRequest,
          row.bare.databaseCpuMillisecondsPerRequest,
        ]
          .map((value) => value.toFixed(3))
          .join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/**
 * Writes `latest.json` and `latest.md`, replacing the previous run's: only the latest figures are
 * kept in the tree, and git history holds the earlier ones.
 */
export function writeReport(directory: string, report: BenchReport): string {
  mkdirSync(directory, { recursive: true });
  const markdown = markdownTable(report);
  writeFileSync(join(directory, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(directory, 'latest.md'), markdown);
  return markdown;
}

export function machineCores(): number {
  return cpus().length;
}

export function loadAverage(): number {
  return loadavg()[0];
}

export const TARGET_DESCRIPTION = `product ≥ ${TARGET_RATIO}× bare req/s saturated, and product p99 ≤ ${TARGET_P99_MS} ms at the offered rate`;
