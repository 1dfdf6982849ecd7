import { DomainError } from '@app/shared';

/**
 * What went wrong, as a code that holds no personal data: a domain code, SQLSTATE, socket or SMTP
 * code (with the relay's response code), or the error's class. Never the message, which may quote an address.
 */
export function errorCodeOf(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  if (typeof code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(code)) return typeof responseCode === 'number' ? `${code}:${responseCode}` : code;
  return error instanceof Error ? error.name : 'unknown';
}

/** The relay refused the recipient for good (no such mailbox, not allowed, bad address): trying again cannot help. */
export function isRecipientRefused(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return code === 'EENVELOPE' && (responseCode === 550 || responseCode === 551 || responseCode === 553);
}
