import { Injectable } from '@nestjs/common';
import { hash } from 'node:crypto';
import { Database } from '@app/infra';
import { ADDRESS_WINDOW_SECONDS, LOGIN_THROTTLE } from '../domain/login-throttle.policy';

/** The throttle's key: the e-mail address, hashed, so the table names no one (known or unknown). */
function accountKey(email: string): string {
  return hash('sha256', email.trim().toLowerCase(), 'hex');
}

/** The per-address key: a hash, so the table keeps no client address. */
function addressKey(address: string): string {
  return hash('sha256', `address ${address}`, 'hex');
}

/**
 * All SQL of the login throttles: per account (login_throttles, keyed by a hash of the e-mail
 * address) and per client address (login_address_failures, keyed by a hash of the address).
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly database: Database) {}

  /**
   * Claims an attempt in one statement (the row lock of the upsert serialises concurrent attempts):
   * counts it and, beyond the free attempts, sets the wait before the next one (delayAfterAttempt).
   * Returns 0 when the attempt may be evaluated, else the seconds still to wait; a refused attempt
   * changes nothing.
   */
  async claim(email: string, now: Date): Promise<number> {
    const account = accountKey(email);
    const { freeAttempts, maxDelaySeconds, memorySeconds } = LOGIN_THROTTLE;
    const [claimed] = await this.database.query<{ attempts: number }>(
      `INSERT INTO login_throttles AS t (account, attempts, last_attempt_at, blocked_until) VALUES ($1, 1, $2, NULL)
       ON CONFLICT (account) DO UPDATE SET
         attempts = CASE WHEN t.last_attempt_at <= $2 - make_interval(secs => $3) THEN 1 ELSE t.attempts + 1 END,
         last_attempt_at = $2,
         blocked_until = CASE WHEN t.last_attempt_at > $2 - make_interval(secs => $3) AND t.attempts + 1 > $4
           THEN $2 + make_interval(secs => least($5, power(2, t.attempts + 1 - $4))) END
       WHERE t.blocked_until IS NULL OR t.blocked_until <= $2
       RETURNING attempts`,
      [account, now, memorySeconds, freeAttempts, maxDelaySeconds],
    );
    if (claimed) return 0;
    const [blocked] = await this.database.query<{ wait: number }>(
      `SELECT greatest(ceil(extract(epoch FROM blocked_until - $2)), 1)::int AS wait FROM login_throttles WHERE account = $1`,
      [account, now],
    );
    return blocked?.wait ?? 1;
  }

  /** The wait the last claimed attempt set for the next one (0: none), for the audit. */
  async currentDelay(email: string, now: Date): Promise<number> {
    const [row] = await this.database.query<{ wait: number }>(
      `SELECT COALESCE(ceil(extract(epoch FROM blocked_until - $2)), 0)::int AS wait FROM login_throttles WHERE account = $1`,
      [accountKey(email), now],
    );
    return Math.max(row?.wait ?? 0, 0);
  }

  /**
   * Throttles that no longer count anything: an account's whose memory has passed and whose wait is
   * over (its next attempt would start again at 1), an address's whose window has ended. How many.
   */
  async deleteStale(now: Date): Promise<number> {
    const accounts = await this.database.query(
      `DELETE FROM login_throttles WHERE last_attempt_at <= $1::timestamptz - make_interval(secs => $2) AND (blocked_until IS NULL OR blocked_until <= $1)
       RETURNING account`,
      [now, LOGIN_THROTTLE.memorySeconds],
    );
    const addresses = await this.database.query(`DELETE FROM login_address_failures WHERE window_ends_at <= $1 RETURNING address`, [now]);
    return accounts.length + addresses.length;
  }

  async forget(email: string): Promise<void> {
    await this.database.query(`DELETE FROM login_throttles WHERE account = $1`, [accountKey(email)]);
  }

  /**
   * Claims an attempt from a client address in one statement: counted at its start (so a burst of
   * parallel guesses cannot all pass while their passwords are checked) and handed back by
   * `refundAddress` when it succeeds, so only failures stay counted. Returns 0 when the attempt may
   * be evaluated, else the seconds until the address's window ends; a refused attempt changes nothing.
   */
  async claimForAddress(address: string, now: Date, limit: number): Promise<number> {
    const key = addressKey(address);
    const [claimed] = await this.database.query<{ failures: number }>(
      `INSERT INTO login_address_failures AS f (address, failures, window_ends_at) VALUES ($1, 1, $2::timestamptz + make_interval(secs => $3))
       ON CONFLICT (address) DO UPDATE SET
         failures = CASE WHEN f.window_ends_at <= $2 THEN 1 ELSE f.failures + 1 END,
         window_ends_at = CASE WHEN f.window_ends_at <= $2 THEN $2 + make_interval(secs => $3) ELSE f.window_ends_at END
       WHERE f.window_ends_at <= $2 OR f.failures < $4
       RETURNING failures`,
      [key, now, ADDRESS_WINDOW_SECONDS, limit],
    );
    if (claimed) return 0;
    const [blocked] = await this.database.query<{ wait: number }>(
      `SELECT greatest(ceil(extract(epoch FROM window_ends_at - $2)), 1)::int AS wait FROM login_address_failures WHERE address = $1`,
      [key, now],
    );
    return blocked?.wait ?? 1;
  }

  /** A successful step hands its claim back: it was no failure. The row goes when nothing is left in it. */
  async refundAddress(address: string): Promise<void> {
    const key = addressKey(address);
    const [deleted] = await this.database.query(`DELETE FROM login_address_failures WHERE address = $1 AND failures <= 1 RETURNING address`, [key]);
    if (!deleted) await this.database.query(`UPDATE login_address_failures SET failures = failures - 1 WHERE address = $1 AND failures > 0`, [key]);
  }
}
