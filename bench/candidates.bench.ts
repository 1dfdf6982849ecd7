import 'reflect-metadata';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { describeStartupFailure } from '@app/infra';
import { seedDemoData } from '../apps/api/src/seed/seed';
import { login, positiveInteger, prepareBenchDatabase, productEnvironment, repositoryRoot } from './bench-support';
import { loadAverage, machineCores, TARGET_DESCRIPTION, writeReport, type BenchReport, type Measurement, type RequestFigures } from './bench-report';
import { startServer, type RunningServer } from './bench-servers';
import { drive, offer, pool, type LoadOptions, type Slice, type Target } from './load-driver';
import { CpuMeter } from './process-cpu';

/**
 * `npm run bench`: the product's candidate endpoints against a bare Fastify + pg handler running
 * the same SQL, on a database of 50,000 seeded candidates. Knobs: BENCH_CANDIDATES, BENCH_SECONDS,
 * BENCH_ROUNDS, BENCH_CONNECTIONS, BENCH_RATE (requests a second offered in the latency phase), BENCH_LOG_LEVEL, BENCH_ONLY=<part of a request's name>,
 * BENCH_KEEP_DATABASE=1 (reuse zij_bench as it is), BENCH_PROFILE=1 (--cpu-prof profiles of both
 * servers in bench/results/profiles).
 */
const CANDIDATES = positiveInteger('BENCH_CANDIDATES', 50_000);
const SECONDS = positiveInteger('BENCH_SECONDS', 20);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = positiveInteger('BENCH_CONNECTIONS', 50);
const ROUNDS = positiveInteger('BENCH_ROUNDS', 10);
/** Each server's run in one round. */
const ROUND_SECONDS = Math.max(1, Math.round(SECONDS / ROUNDS));
/**
 * The latency phase's offered rate. The desk, the coaches and the boards together send a few requests
 * a second at their busiest; 200 a second is forty times that, and well below saturation on two cores.
 */
const OFFERED_RATE = positiveInteger('BENCH_RATE', 200);
const DEEP_PAGES = 200;
const DATABASE_NAME = 'zij_bench';
const STAFF_LOGIN = { email: 'medewerker1@demo.flevowijs.nl', password: 'Demo-wachtwoord-2026' };

/** A fresh database each run (unless BENCH_KEEP_DATABASE=1 and it exists), so figures are comparable. */
async function prepareDatabase(baseUrl: string): Promise<{ url: string; seedMilliseconds: number }> {
  const { url } = await prepareBenchDatabase(baseUrl, DATABASE_NAME);
  const seed = await seedDemoData(url, { candidates: CANDIDATES, progress: true });
  if (seed.seeded) console.log(`Seeded ${seed.candidates} candidates in ${(seed.milliseconds / 1000).toFixed(1)} s`);
  return { url, seedMilliseconds: seed.seeded ? seed.milliseconds : 0 };
}

async function getJson<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The three requests; the deep cursor is found by paging the product like a client would. */
async function buildTargets(product: RunningServer, token: string): Promise<Target[]> {
  type Page = { items: { id: string }[]; nextCursor: string | null };
  let cursor: string | null = null;
  for (let page = 0; page < DEEP_PAGES; page += 1) {
    const result: Page = await getJson<Page>(`${product.url}/api/candidates?limit=50${cursor ? `&cursor=${cursor}` : ''}`, token);
    if (!result.nextCursor) throw new Error(`Only ${page + 1} pages: seed more candidates for a deep page`);
    cursor = result.nextCursor;
  }
  const firstPage = await getJson<Page>(`${product.url}/api/candidates?limit=50`, token);
  return [
    { request: 'list, first page (stage=screening)', paths: ['/api/candidates?limit=50&stage=screening'] },
    { request: `list, deep keyset page (${DEEP_PAGES} pages in)`, paths: [`/api/candidates?limit=50&cursor=${cursor}`] },
    { request: 'detail (GET /api/candidates/:id)', paths: firstPage.items.map((item) => `/api/candidates/${item.id}`) },
  ];
}

/** Both servers must give the same answer, or the comparison would not be fair. */
async function assertSameAnswers(product: RunningServer, bare: RunningServer, targets: Target[], token: string): Promise<void> {
  // allowedCommands depends on the product's command list, which later modules extend.
  const comparable = (body: unknown) => JSON.parse(JSON.stringify(body, (key, value: unknown) => (key === 'allowedCommands' ? undefined : value))) as unknown;
  for (const target of targets) {
    for (const path of target.paths.slice(0, 3)) {
      const [fromProduct, fromBare] = await Promise.all([getJson(product.url + path, token), getJson(bare.url + path, token)]);
      if (!isDeepStrictEqual(comparable(fromProduct), comparable(fromBare))) throw new Error(`Product and bare handler differ on ${path}`);
    }
  }
}

/**
 * ROUNDS short runs per server, in alternating order (swapped each round), so load from anything
 * else on the machine falls on both alike; each gets SECONDS in all. Besides the pooled figures,
 * each round's product/bare throughput ratio is kept: the two runs of a round are seconds apart,
 * so their ratio is paired against the machine's drift, and the median of the rounds is not moved
 * by one round that something else on the machine disturbed.
 */
async function alternate(product: RunningServer, bare: RunningServer, target: Target, sliceSeconds: number, options: LoadOptions) {
  const slices: Record<'product' | 'bare', Slice[]> = { product: [], bare: [] };
  const { rate } = options;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const server of round % 2 === 0 ? [product, bare] : [bare, product]) {
      slices[server.name].push(await (rate ? offer(server, target, sliceSeconds, { ...options, rate }) : drive(server, target, sliceSeconds, options)));
    }
  }
  const measured = { product: pool(slices.product), bare: pool(slices.bare) };
  for (const [name, measurement] of Object.entries(measured)) {
    if (measurement.failures > 0) throw new Error(`${name}: ${measurement.failures} failed requests on "${target.request}"`);
  }
  const throughput = (slice: Slice) => slice.latencies.length / slice.seconds;
  const roundRatios = slices.product.map((slice, round) => throughput(slice) / throughput(slices.bare[round]));
  return { ...measured, roundRatios };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function measure(product: RunningServer, bare: RunningServer, targets: Target[], options: LoadOptions): Promise<RequestFigures[]> {
  const figures: RequestFigures[] = [];
  // Every route is warmed on both servers before anything is measured: the JIT is still
  // optimising the first few thousand requests, and that must not fall on whichever runs first.
  for (const target of targets) {
    for (const server of [product, bare]) await drive(server, target, WARM_UP_SECONDS, options);
  }
  for (const target of targets) {
    const saturated = await alternate(product, bare, target, ROUND_SECONDS, options);
    const atRate = await alternate(product, bare, target, ROUND_SECONDS, { ...options, rate: OFFERED_RATE });
    const { roundRatios } = saturated;
    const ratio = median(roundRatios);
    const describe = (measurement: Measurement) =>
      `${measurement.requestsPerSecond.toFixed(0)} req/s, ${measurement.serverCpuMillisecondsPerRequest.toFixed(3)} + ${measurement.databaseCpuMillisecondsPerRequest.toFixed(3)} CPU ms/req`;
    const rounds = roundRatios.map((value) => value.toFixed(2)).join(' ');
    console.log(`${target.request}: product ${describe(saturated.product)}; bare ${describe(saturated.bare)} (median ${ratio.toFixed(2)}×; rounds ${rounds})`);
    console.log(`  at ${OFFERED_RATE} req/s: product p99 ${atRate.product.p99.toFixed(1)} ms, bare p99 ${atRate.bare.p99.toFixed(1)} ms`);
    figures.push({ request: target.request, path: target.paths[0], product: saturated.product, bare: saturated.bare, ratio, roundRatios, atRate });
  }
  return figures;
}

async function main(): Promise<void> {
  // BENCH_PART=sweeps runs only the sweep benchmark (bench/sweeps.bench.ts).
  if (process.env.BENCH_PART && process.env.BENCH_PART !== 'candidates') return;
  const root = repositoryRoot();
  const resultsDirectory = join(root, 'bench', 'results');
  const database = await prepareDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const environment = productEnvironment(database.url, {
    // The benchmark measures candidate reads, not the login: no two-step verification for its administrator.
    MFA_REQUIRED_ROLES: '',
    // silent by default, as agreed for this comparison; BENCH_LOG_LEVEL=info measures the product as
    // production runs it (one log line per request, written to /dev/null here).
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
  });
  const profiles = join(resultsDirectory, 'profiles');
  const profile = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : [];
  const servers: RunningServer[] = [];
  try {
    const product = await startServer('product', 'product-server.js', 'zij-instroom-api', environment, profile);
    servers.push(product);
    const bare = await startServer('bare', 'bare-server.js', 'zij-bench-bare', environment, profile);
    servers.push(bare);
    const token = await login(product.url, STAFF_LOGIN);
    const only = process.env.BENCH_ONLY;
    const targets = (await buildTargets(product, token)).filter((target) => !only || target.request.includes(only));
    await assertSameAnswers(product, bare, targets, token);
    const loadAtStart = loadAverage();
    const meterClient = new Client({ connectionString: database.url });
    await meterClient.connect();
    const results = await measure(product, bare, targets, { token, connections: CONNECTIONS, meter: new CpuMeter(meterClient, DATABASE_NAME) }).finally(() =>
      meterClient.end(),
    );
    const report: BenchReport = {
      at: new Date().toISOString(),
      node: process.versions.node,
      cpus: machineCores(),
      candidates: CANDIDATES,
      seedMilliseconds: database.seedMilliseconds,
      connections: CONNECTIONS,
      offeredRate: OFFERED_RATE,
      durationSeconds: ROUND_SECONDS * ROUNDS,
      rounds: ROUNDS,
      logLevel: environment.LOG_LEVEL ?? 'silent',
      loadAverage: loadAtStart,
      target: TARGET_DESCRIPTION,
      results,
    };
    console.log(`\n${writeReport(resultsDirectory, report)}`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
