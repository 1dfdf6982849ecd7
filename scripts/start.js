#!/usr/bin/env node
/**
 * `npm start`: the whole product from one command.
 *
 * Builds when dist/ is missing or older than the sources, then runs migrations and starts the API
 * and the worker as two processes. Without DATABASE_URL it starts an embedded PostgreSQL in
 * .data/postgres; without REDIS_URL the queues run on BullMQ's PostgreSQL backend (the product
 * decides that itself, from its configuration).
 *
 * Outside production (NODE_ENV != production) a development layer fills in what a bare machine
 * lacks — a local mail sink for SMTP_URL, demo administrator, .data/storage — and seeds the demo
 * data into an empty database. In production nothing is filled in: loadConfig() still demands it.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { nodeProblem } = require('./check-node');
const { startEmbeddedPostgres } = require('./embedded-postgres');

const ROOT = path.resolve(__dirname, '..');
const DATA = path.join(ROOT, '.data');
const DIST = path.join(ROOT, 'dist');
const BUILD_OUTPUTS = ['apps/api/src/main.js', 'apps/worker/src/main.js', 'libs/infra/src/database/migrate.js', 'web/index.html'].map((file) =>
  path.join(DIST, file),
);
const BUILD_INPUTS = ['apps', 'libs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const HEALTH_TIMEOUT_MS = 90000;
const STOP_TIMEOUT_MS = 30000;
/** Used only when neither ADMIN_EMAIL nor the seed module says otherwise; the seed creates the same account. */
const FALLBACK_DEMO = { email: 'beheer@demo.flevowijs.nl', password: 'Demo-wachtwoord-2026' };

const log = (message) => console.log(`[start] ${message}`);
const relative = (file) => path.relative(process.cwd(), file) || '.';

/** What runs and must be stopped, newest last; stopped in reverse order. */
const resources = [];
/** Long-running child processes (API, worker) and the one-shot step running now. */
const children = new Set();
let stopping;

function npm(args, env) {
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { env, shell: process.platform === 'win32' });
}

function node(script, env, options = {}) {
  const preload = options.detached ? ['--require', path.join(__dirname, 'exit-with-parent.js')] : [];
  return run(process.execPath, [...preload, ...(options.nodeFlags ?? []), path.join(DIST, script)], { env, ...options });
}

/** Spawns a child; `exited` resolves with its exit code (1 when killed by a signal). */
function run(command, args, { env = process.env, detached = false, shell = false } = {}) {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit', detached, shell });
  children.add(child);
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`[start] Cannot run ${command}: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code) => resolve(code ?? 1));
  }).finally(() => children.delete(child));
  return { child, exited };
}

async function step(name, running) {
  const code = await running.exited;
  if (stopping) throw new Stopped();
  if (code !== 0) throw new Error(`${name} failed (exit code ${code}).`);
}

class Stopped extends Error {}

/** Registers something to stop at the end; when a stop is already under way, stops it now. */
async function own(name, stop) {
  if (stopping) {
    await stop();
    throw new Stopped();
  }
  resources.push({ name, stop });
}

function newestModification(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return /\.(e2e-)?spec\.ts$/.test(entry) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestModification(path.join(entry, name)));
  }
  return newest;
}

function buildIsCurrent() {
  const outputTimes = BUILD_OUTPUTS.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0));
  if (outputTimes.includes(0)) return false;
  const sources = BUILD_INPUTS.map((entry) => path.join(ROOT, entry));
  // An image with only dist/ (no sources) is current by definition.
  return Math.max(...sources.map(newestModification)) <= Math.min(...outputTimes);
}

async function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(true)));
  });
}

/** The development layer: env values a bare machine lacks, set before anything reads the config. */
async function developmentDefaults(env) {
  const filled = {};
  if (!env.SMTP_URL?.trim()) {
    const { startMailSink } = require('./mail-sink');
    const directory = path.join(DATA, 'mail');
    const sink = await startMailSink({ directory, onLog: (line) => log(line) });
    await own('mail sink', sink.stop);
    env.SMTP_URL = sink.url;
    filled.mail = directory;
  }
  if (!env.ADMIN_EMAIL?.trim() && !env.ADMIN_PASSWORD?.trim()) {
    const demo = demoAccount();
    env.ADMIN_EMAIL = demo.email;
    env.ADMIN_PASSWORD = demo.password;
    filled.administrator = demo;
  }
  if (!env.STORAGE_DIR?.trim()) {
    env.STORAGE_DIR = path.join(DATA, 'storage');
    fs.mkdirSync(env.STORAGE_DIR, { recursive: true });
  }
  return filled;
}

/** The demo administrator of the seed, so one password opens every demo account. */
function demoAccount() {
  try {
    const demo = require(path.join(DIST, 'apps/api/src/seed/demo-organisations.js'));
    const administrator = demo.DEMO_USERS.find((user) => user.role === 'admin');
    if (administrator && demo.DEMO_PASSWORD) return { email: administrator.email, password: demo.DEMO_PASSWORD };
  } catch {
    // no seed in this build: the fallback is the same account
  }
  return FALLBACK_DEMO;
}

async function seedWhenEmpty(env) {
  const seedModule = path.join(DIST, 'apps/api/src/seed/seed.js');
  if (!fs.existsSync(seedModule)) {
    log('No demo seed in this build; starting with an empty database.');
    return [];
  }
  // The seed itself does nothing when candidates exist, and then returns the demo logins present.
  const { seedDemoData } = require(seedModule);
  // The environment lets the seed run the modules' own commands (mails into the outbox, documents into STORAGE_DIR).
  const result = await seedDemoData(env.DATABASE_URL, {
    environment: env,
    progress: Boolean(process.stderr.isTTY),
    administrator: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD },
  });
  if (result.seeded) log(`Demo data loaded: ${result.candidates} candidates in ${(result.milliseconds / 1000).toFixed(1)} s.`);
  return result.logins;
}

async function waitForHealth(port, started) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (stopping) throw new Stopped();
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return (Date.now() - started) / 1000;
      last = `status ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not report healthy within ${HEALTH_TIMEOUT_MS / 1000} s (${last}).`);
}

function banner({ port, database, mail, administrator, logins, seconds }) {
  const url = `http://localhost:${port}`;
  const lines = [
    `Zij-instroom tracker is running on ${url} (ready in ${seconds.toFixed(1)} s)`,
    `  API:       ${url}/api   (OpenAPI: ${url}/api/docs)`,
    database ? `  Database:  embedded PostgreSQL in ${relative(database.dataDirectory)}: ${database.url}` : '  Database:  DATABASE_URL',
  ];
  if (mail) lines.push(`  Mail:      no SMTP_URL set: every mail is written to ${relative(mail)}/*.eml`);
  const accounts = [...logins];
  if (administrator && !accounts.some((login) => login.email === administrator.email)) accounts.unshift({ role: 'admin', ...administrator });
  const passwords = new Set(accounts.map((login) => login.password));
  if (accounts.length > 0) {
    lines.push(passwords.size === 1 ? `  Log in with password ${[...passwords][0]} as:` : '  Log in as:');
    for (const login of accounts) lines.push(`    ${login.role.padEnd(10)} ${login.email}${passwords.size === 1 ? '' : `  ${login.password}`}`);
  }
  lines.push('  Stop with Ctrl+C.');
  const width = Math.max(...lines.map((line) => line.length));
  console.log(['', '─'.repeat(width), ...lines, '─'.repeat(width), ''].join('\n'));
}

/** Ends the children (SIGTERM: their graceful shutdown), then the database and the mail sink. */
async function shutdown(reason) {
  stopping ??= (async () => {
    if (reason) log(`${reason}: stopping…`);
    const pending = [...children].map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS).unref();
        }),
    );
    await Promise.all(pending);
    for (const resource of resources.reverse()) {
      await resource.stop().catch((error) => console.error(`[start] Stopping the ${resource.name} failed: ${error.message}`));
    }
    if (reason) log('Stopped.');
  })();
  return stopping;
}

async function main() {
  const oldNode = nodeProblem();
  if (oldNode) console.warn(`Warning: ${oldNode}`);
  const started = Date.now();
  const env = { ...process.env };
  const production = env.NODE_ENV === 'production';
  // On one machine there is no load balancer to drain: Ctrl+C stops the API at once.
  if (!production) env.SHUTDOWN_DRAIN_SECONDS ??= '0';

  if (!buildIsCurrent()) {
    log(fs.existsSync(DIST) ? 'Sources changed since the last build: building…' : 'No build yet: building…');
    await step('npm run build', npm(['run', 'build']));
  }

  const port = Number(env.PORT?.trim() || 3000);
  if (Number.isInteger(port) && !(await portIsFree(port))) throw new Error(`Port ${port} is in use: stop what runs there, or set PORT.`);

  const filled = production ? {} : await developmentDefaults(env);

  let database;
  if (!env.DATABASE_URL?.trim()) {
    if (production) throw new Error('Set DATABASE_URL (postgres://user@host:5432/database); the embedded PostgreSQL is for development only.');
    database = await startEmbeddedPostgres({ dataDirectory: path.join(DATA, 'postgres'), database: 'zij_instroom', onLog: log });
    await own('embedded PostgreSQL', database.stop);
    env.DATABASE_URL = database.url;
    log(`Embedded PostgreSQL is up on port ${database.port} (data in ${relative(database.dataDirectory)}).`);
  }

  await step('Migrations', node('libs/infra/src/database/migrate.js', env));
  const logins = production ? [] : await seedWhenEmpty(env);
  if (stopping) throw new Stopped();

  // Own process groups: Ctrl+C reaches only this supervisor, which stops them once, in order.
  const services = [
    { name: 'API', running: node('apps/api/src/main.js', env, { detached: true }) },
    // The worker's heap is capped as `npm run bench:imports` measured it: an import of 10,000 people stays under 512 MB.
    { name: 'worker', running: node('apps/worker/src/main.js', env, { detached: true, nodeFlags: ['--max-old-space-size=320'] }) },
  ];
  for (const service of services) {
    void service.running.exited.then((code) => {
      if (!stopping) {
        process.exitCode = 1;
        void shutdown(`The ${service.name} stopped (exit code ${code})`);
      }
    });
  }
  const seconds = await waitForHealth(port, started);
  banner({ port, database, mail: filled.mail, administrator: filled.administrator, logins, seconds });
  await Promise.all(services.map((service) => service.running.exited));
  await shutdown();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // npm forwards the terminal's Ctrl+C as well: a repeated signal just waits for the same stop.
    if (!stopping) void shutdown(`Received ${signal}`);
  });
}

main()
  .catch(async (error) => {
    if (!(error instanceof Stopped)) {
      console.error(`[start] ${error.message}`);
      process.exitCode = 1;
    }
    await shutdown();
  })
  .then(() => stopping);
