import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { Principal } from '../application/principal';

/** The channel on which every process hears that sessions ended or a user changed. */
export const SESSION_REVOKED_CHANNEL = 'session_revoked';

/** Which cached sessions a revocation ends: one session, or every session of a user. */
export type RevocationTarget = { sessionId: string; userId?: undefined } | { userId: string; sessionId?: undefined };

export interface CachedSession {
  principal: Principal;
  expiresAt: Date;
  /** The last use as recorded in the database; a session idle since before the limit is not served. */
  lastSeenAt: Date;
  cachedUntil: number;
}

const TIME_TO_LIVE_MS = 5_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_DELAY_MS = 1_000;
const MAX_RECONNECT_DELAY_MS = 10_000;

/**
 * A short-lived, bounded cache of authenticated sessions (token hash → principal), so a request
 * does not pay a second database round trip for its session. It is only used while this process
 * LISTENs for revocations: a revocation drops entries here at once (in the revoking process) and,
 * through NOTIFY sent in the revoking transaction, in every other process at its commit. When the
 * listening connection drops, the cache is emptied and bypassed until it listens again.
 */
export class SessionCache {
  private readonly logger = new Logger(SessionCache.name);
  private readonly entries = new Map<string, CachedSession>();
  /** Raised by every revocation; a lookup that started before one does not store its answer. */
  private generation = 0;
  private listener: Client | undefined;
  private listening = false;
  private starting = false;
  private closed = false;
  private reconnectDelay = RECONNECT_DELAY_MS;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly databaseUrl: string) {}

  /**
   * A valid cached session (not expired, used since `idleSince`), or undefined; starts listening on
   * first use (only API processes authenticate).
   */
  get(tokenHash: string, now: Date, idleSince: Date): CachedSession | undefined {
    if (!this.listening) {
      this.startListening();
      return undefined;
    }
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.cachedUntil <= performance.now() || entry.expiresAt.getTime() <= now.getTime() || entry.lastSeenAt.getTime() <= idleSince.getTime()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry;
  }

  /** The session's use was just written to the database. */
  touched(tokenHash: string, at: Date): void {
    const entry = this.entries.get(tokenHash);
    if (entry) entry.lastSeenAt = at;
  }

  /** Call before reading a session from the database; pass the result to `store`. */
  beginLookup(): number {
    return this.generation;
  }

  store(tokenHash: string, principal: Principal, expiresAt: Date, lastSeenAt: Date, lookup: number): void {
    if (!this.listening || lookup !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, { principal, expiresAt, lastSeenAt, cachedUntil: performance.now() + TIME_TO_LIVE_MS });
  }

  /** Drops the matching sessions now; the revoking process calls this after its commit. */
  forget(target: RevocationTarget): void {
    this.generation += 1;
    for (const [tokenHash, entry] of this.entries) {
      if (target.sessionId ? entry.principal.sessionId === target.sessionId : entry.principal.userId === target.userId) {
        this.entries.delete(tokenHash);
      }
    }
  }

  private clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private startListening(): void {
    if (this.starting || this.listening || this.closed || this.reconnectTimer) return;
    this.starting = true;
    // Keep-alive probes notice a peer that vanished without closing; until then the TTL bounds staleness.
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'zij-instroom-session-listener',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.listener = client;
    client.on('notification', (message) => this.onNotification(message.payload));
    client.on('error', (error) => this.onLost(client, error));
    client.on('end', () => this.onLost(client));
    client
      .connect()
      .then(() => client.query(`LISTEN ${SESSION_REVOKED_CHANNEL}`))
      .then(() => {
        if (this.listener !== client || this.closed) return;
        // Whatever happened while nobody listened is unknown: start from an empty cache.
        this.clear();
        this.listening = true;
        this.starting = false;
        this.reconnectDelay = RECONNECT_DELAY_MS;
      })
      .catch((error: unknown) => this.onLost(client, error as Error));
  }

  private onNotification(payload: string | undefined): void {
    try {
      const target = JSON.parse(payload ?? '') as Partial<RevocationTarget>;
      if (typeof target.sessionId === 'string') return this.forget({ sessionId: target.sessionId });
      if (typeof target.userId === 'string') return this.forget({ userId: target.userId });
    } catch {
      // fall through: an unreadable revocation must still end sessions
    }
    this.clear();
  }

  private onLost(client: Client, error?: Error): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    this.listening = false;
    this.starting = false;
    this.clear();
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.closed) return;
    this.logger.warn(`Session revocations not heard (${error?.message ?? 'connection ended'}); sessions are read from the database until listening again`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.startListening();
    }, this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, MAX_RECONNECT_DELAY_MS);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.entries.clear();
    const client = this.listener;
    this.listener = undefined;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
