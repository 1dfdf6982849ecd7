import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/infra';

/** What the benchmarks (`bench/*.bench.ts`) share: their knobs, the repository's root and their own database. */

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
