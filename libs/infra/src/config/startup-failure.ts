import { ConfigurationError } from './app-config';
import { PreflightError } from './preflight';

/** One line that tells an operator what to set or start, never a stack trace. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof ConfigurationError) return `Configuration: ${error.message}`;
  if (error instanceof PreflightError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || /connect|timeout/i.test(message)) {
    if (/6379|redis/i.test(message)) return `Cannot reach Redis: start it or fix REDIS_URL (${code ?? message}).`;
    return `Cannot reach a required service: start PostgreSQL and Redis or fix DATABASE_URL / REDIS_URL (${code ?? message}).`;
  }
  if (code === '3D000') return `The database in DATABASE_URL does not exist: create it (${message}).`;
  return `Start-up failed: ${message}`;
}
