import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/infra';

/** What the benchmarks (`bench/*.bench.ts`) share: their knobs, the repository's root, their own database and the product's environment. */

/** The environment variable `name` as a positive whole number, or `fallback` when it is not set. */
export function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

/** The folder with package.json above the running benchmark (in the source tree or in dist/bench). */
export function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('package.json not found above the benchmark');
    directory = parent;
  }
  return directory;
}

/** The same server as `baseUrl`, another database. */
function databaseUrlNamed(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The benchmark's own database `name`, migrated: created afresh each run so figures are comparable,
 * unless `keepable` and BENCH_KEEP_DATABASE=1 and it exists. `fresh` says whether it still needs its data.
 */
export async function prepareBenchDatabase(baseUrl: string, name: string, { keepable = true } = {}): Promise<{ url: string; fresh: boolean }> {
  const admin = new Client({ connectionString: databaseUrlNamed(baseUrl, 'postgres') });
  await admin.connect();
  let fresh: boolean;
  try {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    fresh = !keepable || process.env.BENCH_KEEP_DATABASE !== '1' || rows.length === 0;
    if (fresh) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await admin.end();
  }
  const url = databaseUrlNamed(baseUrl, name);
  await runMigrations(url);
  return { url, fresh };
}

/** The administrator the product creates at its start in the benchmarks. */
export const BENCH_ADMIN = { email: 'beheer@bench.flevowijs.nl', password: 'bench-admin-password' };

/**
 * The product's environment against the benchmark's database `databaseUrl`: production mode, the
 * queue in PostgreSQL, a fresh storage folder, the bench administrator, silent logs; then `overrides`.
 */
export function productEnvironment(databaseUrl: string, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    QUEUE_BACKEND: 'postgres',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    STORAGE_DIR: mkdtempSync(join(tmpdir(), 'zij-bench-storage-')),
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    LOG_LEVEL: 'silent',
    ...overrides,
  };
}

/** Signs in at the product running at `baseUrl` and returns the access token. */
export async function login(baseUrl: string, credentials: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`Login answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
