import type { HttpResult } from './http-client';

/**
 * What every fuzzed answer must satisfy: never a 5xx, every refusal is JSON with a message, a
 * 400/422 names the field (or, where no field can be named — malformed JSON, not a form — says
 * what is wrong), and no body shows stack, SQL or driver names.
 */
const FORBIDDEN_IN_BODY = [' at ', 'pg', 'typeorm', 'TypeORM', 'QueryFailedError', 'SELECT ', 'INSERT ', 'node_modules', 'stack'];

/** The outcome every response must satisfy; returns what is wrong, or null. */
export function problemWith(result: HttpResult, accepted: number[]): string | null {
  const text = typeof result.body === 'string' ? result.body : JSON.stringify(result.body ?? null);
  if (result.status >= 500) return `server error ${result.status}`;
  const leaked = FORBIDDEN_IN_BODY.find((word) => (word === 'pg' ? /\bpg\b/.test(text) : text.includes(word)));
  if (leaked) return `body contains "${leaked}"`;
  if (result.status < 400) return accepted.includes(result.status) ? null : `unexpected success ${result.status}`;
  if (!(result.headers.get('content-type') ?? '').includes('application/json')) return 'refusal is not JSON';
  const body = result.body as { statusCode?: number; message?: unknown; fields?: { field?: unknown; message?: unknown }[] };
  if (body.statusCode !== result.status || typeof body.message !== 'string' || body.message.length === 0) return 'refusal without statusCode/message';
  if (result.status === 400 || result.status === 422) {
    const named =
      Array.isArray(body.fields) &&
      body.fields.length > 0 &&
      body.fields.every((problem) => typeof problem.field === 'string' && problem.field.length > 0 && typeof problem.message === 'string');
    if (!named && !/JSON|multipart|formulier/i.test(body.message)) return 'refusal names no field and does not say what is wrong';
  }
  return null;
}

export function expectSound(result: HttpResult, accepted: number[], input: unknown): void {
  const problem = problemWith(result, accepted);
  if (problem) throw new Error(`${problem}: ${result.status} ${JSON.stringify(result.body)?.slice(0, 500)} for ${JSON.stringify(input)?.slice(0, 500)}`);
}
