/**
 * Failed logins per account (ASVS 6.3.1): a growing delay, never a lockout an attacker could use
 * against the user. The first FREE_ATTEMPTS attempts within the memory are free; after that each
 * further attempt must wait 2^n seconds (n = attempts beyond the free ones), at most MAX_DELAY.
 * A successful login forgets the account's attempts; an hour without attempts does too.
 */
export const LOGIN_THROTTLE = {
  freeAttempts: 5,
  maxDelaySeconds: 15 * 60,
  memorySeconds: 60 * 60,
} as const;

/** The wait after the attempt with this number (1-based), in seconds; 0 while free. */
export function delayAfterAttempt(attempt: number): number {
  const beyond = attempt - LOGIN_THROTTLE.freeAttempts;
  return beyond <= 0 ? 0 : Math.min(2 ** beyond, LOGIN_THROTTLE.maxDelaySeconds);
}

/**
 * Failed logins per client address (LOGIN_ATTEMPTS_PER_MINUTE within this window): only failures
 * count, so many people signing in behind one address (a school's NAT) never lock each other out.
 */
export const ADDRESS_WINDOW_SECONDS = 60;
