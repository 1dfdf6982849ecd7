import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Database } from '@app/infra';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** Rate-limit counters in PostgreSQL, shared by every API process; works with or without Redis. */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly database: Database) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const [row] = await this.database.query<{ hits: number; expiresIn: number; blockedFor: number }>(
      `INSERT INTO rate_limits AS r (key, hits, expires_at) VALUES ($1, 1, clock_timestamp() + make_interval(secs => $2 / 1000.0))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.expires_at <= clock_timestamp() AND (r.blocked_until IS NULL OR r.blocked_until <= clock_timestamp()) THEN 1 ELSE r.hits + 1 END,
         expires_at = CASE WHEN r.expires_at <= clock_timestamp() THEN clock_timestamp() + make_interval(secs => $2 / 1000.0) ELSE r.expires_at END,
         blocked_until = CASE WHEN r.hits + 1 > $3 AND (r.blocked_until IS NULL OR r.blocked_until <= clock_timestamp())
           THEN clock_timestamp() + make_interval(secs => $4 / 1000.0) ELSE r.blocked_until END
       RETURNING hits,
         ceil(extract(epoch FROM expires_at - clock_timestamp()))::int AS "expiresIn",
         COALESCE(ceil(extract(epoch FROM blocked_until - clock_timestamp()))::int, 0) AS "blockedFor"`,
      [`${throttlerName}:${key}`, ttl, limit, blockDuration],
    );
    const isBlocked = row.hits > limit && row.blockedFor > 0;
    return { totalHits: row.hits, timeToExpire: Math.max(row.expiresIn, 0), isBlocked, timeToBlockExpire: Math.max(row.blockedFor, 0) };
  }
}
