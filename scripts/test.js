#!/usr/bin/env node
/**
 * `npm test`: type-check, import rules, lint (ESLint, Prettier, knip: `npm run lint`), web build,
 * then every jest project (unit, e2e with the browser test) against real PostgreSQL, real queues and an SMTP listener started by the tests.
 *
 * DATABASE_URL / REDIS_URL are used where set (CI sets both, so the Redis queue backend is always
 * tested there). Without DATABASE_URL an embedded PostgreSQL is started in a temporary directory
 * for the run and stopped afterwards; without REDIS_URL the queues run on BullMQ's PostgreSQL backend.
 * Arguments go to jest: `npm test -- --selectProjects e2e test/e2e/queue-backends`.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { nodeProblem } = require('./check-node');
const { startEmbeddedPostgres } = require('./embedded-postgres');

const ROOT = path.resolve(__dirname, '..');
let current;
let interrupted;

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted ??= signal;
    // Ctrl+C reaches the running step by itself (a second one would make jest skip its teardown);
    // SIGTERM from a CI runner reaches only us. Either way the embedded database is stopped after.
    if (signal !== 'SIGINT') current?.kill(signal);
  });
}

function run(command, args, env = process.env) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env, shell: process.platform === 'win32' });
    current.once('error', (error) => {
      console.error(`Cannot run ${command}: ${error.message}`);
      resolve(1);
    });
    current.once('exit', (code) => resolve(code ?? 1));
  }).finally(() => {
    current = undefined;
  });
}

async function main() {
  const oldNode = nodeProblem();
  if (oldNode) console.warn(`Warning: ${oldNode}`);
  const checks = [
    ['npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['npx', ['tsc', '--noEmit', '-p', 'apps/web/tsconfig.json']],
    ['npx', ['depcruise', 'apps/api', 'apps/worker', 'libs', '--config', '.dependency-cruiser.js']],
    // `npm run lint`, step by step so a failure names its tool; `npm run format` repairs the first two.
    ['npx', ['eslint', '.']],
    ['npx', ['prettier', '--check', '.', '--log-level', 'warn']],
    ['npx', ['knip']],
    ['npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']],
  ];
  for (const [command, args] of checks) {
    const code = await run(command, args);
    if (code !== 0 || interrupted) return code || 1;
  }

  const env = { ...process.env };
  let database;
  let scratch;
  if (!env.DATABASE_URL?.trim()) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zij-test-postgres-'));
    fs.chmodSync(scratch, 0o755); // as root the server runs as the postgres user and must reach its data
    const started = Date.now();
    database = await startEmbeddedPostgres({ dataDirectory: path.join(scratch, 'data'), throwaway: true });
    env.DATABASE_URL = database.url;
    console.log(`\nDATABASE_URL is not set: embedded PostgreSQL on port ${database.port} for this run (${Date.now() - started} ms).`);
  }
  if (!env.REDIS_URL?.trim()) console.log("REDIS_URL is not set: the queues run on BullMQ's PostgreSQL backend; the Redis tests are left out.");
  try {
    if (interrupted) return 1;
    return await run('npx', ['jest', '--ci', ...process.argv.slice(2)], env);
  } finally {
    if (database) {
      await database.stop();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
