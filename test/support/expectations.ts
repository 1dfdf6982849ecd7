import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { HttpResult } from './http-client';

/** Words that must never reach a response body: stack frames, SQL, driver and ORM names. */
const LEAK_PATTERNS: RegExp[] = [
  /\bat \S+ \(/,
  /\n\s+at /,
  /\bpg\b/,
  /typeorm/i,
  /QueryFailedError/,
  /\bSELECT\b.*\bFROM\b/i,
  /\bINSERT INTO\b/i,
  /node_modules/,
  /\.ts:\d+/,
];

/** The body leaks nothing of the server's inside. */
function leaksIn(body: unknown): string[] {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  return LEAK_PATTERNS.filter((pattern) => pattern.test(text)).map(String);
}

/** A refusal in the API's one error shape, with the status and (when given) naming the field. */
export function expectRefusal(result: HttpResult, status: number, field?: string): void {
  const summary = `${result.status} ${JSON.stringify(result.body)}`;
  if (result.status !== status) throw new Error(`Expected ${status}, got ${summary}`);
  expect(result.headers.get('content-type') ?? '').toContain('application/json');
  expect(result.body).toEqual(expect.objectContaining({ statusCode: status, message: expect.any(String) }));
  expect((result.body as { message: string }).message.length).toBeGreaterThan(0);
  if (field !== undefined) {
    const fields = ((result.body as { fields?: { field: string }[] }).fields ?? []).map((problem) => problem.field);
    if (!fields.includes(field)) throw new Error(`Expected the refusal to name ${field}: ${summary}`);
  }
  expect(leaksIn(result.body)).toEqual([]);
}

/** Every regular file below `directory` (none when it does not exist). */
export async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? filesUnder(join(directory, entry.name)) : Promise.resolve(entry.isFile() ? [join(directory, entry.name)] : []),
    ),
  );
  return nested.flat();
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
