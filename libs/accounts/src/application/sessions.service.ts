import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { hash, randomBytes } from 'node:crypto';
import { Clock, NotFoundError, PUBLIC_ACTOR, isUuid } from '@app/shared';
import { APP_CONFIG, UnitOfWork, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import {
  InvalidCredentialsError,
  InvalidOneTimeCodeError,
  LoginChallengeExpiredError,
  LoginThrottledError,
  MfaEnrolmentRequiredError,
  SessionExpiredError,
} from '../domain/accounts.errors';
import { summariseUserAgent } from '../domain/user-agent';
import { passwordHasher, UNKNOWN_USER_HASH } from './password-hasher';
import type { Principal } from './principal';
import { SecondFactorVerifier } from './second-factor';
import { SessionCache, type RevocationTarget } from '../persistence/session-cache';
import { LoginThrottleRepository } from '../persistence/login-throttle.repository';
import { SessionRepository, type SessionPurpose } from '../persistence/session.repository';
import { UserRepository } from '../persistence/user.repository';

/** Runs on every request: the one-shot `hash` skips building a Hash object. */
function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

const CHALLENGE_MS = 5 * 60_000;
const ENROLMENT_MS = 15 * 60_000;
/** Last use is written at most once a minute per session: most requests write nothing. */
const TOUCH_INTERVAL_MS = 60_000;
/** The audit's entity id of a failed login for an address that has no account (the address itself stays out). */
const UNKNOWN_ACCOUNT = 'onbekend';

/** A new session: its token (bearer, or the web page's cookie), who it is, and how long it lives at most. */
export interface StartedSession {
  accessToken: string;
  principal: Principal;
  expiresInSeconds: number;
}

/** Who tries to sign in: the client's address (the per-address limit) and browser (the session list). */
export interface LoginClient {
  address: string;
  userAgent: string | null;
}

export type LoginOutcome = ({ kind: 'session' } & StartedSession) | { kind: 'challenge'; challengeToken: string; expiresAt: Date };

export interface SessionView {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  device: string;
  current: boolean;
}

/**
 * Opaque bearer tokens backed by a `sessions` row: logging out or disabling an account revokes the
 * row, and the next request with that token is refused at once, on any API process. Authenticated
 * sessions are cached for a few seconds (SessionCache); whoever revokes a session or changes a user
 * announces the revocation inside its unit of work and calls `forget` after the commit. A session
 * unused for SESSION_IDLE_MINUTES is refused, as is one past SESSION_HOURS.
 */
@Injectable()
export class SessionsService implements OnModuleDestroy {
  private readonly cache: SessionCache;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly secondFactor: SecondFactorVerifier,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.cache = new SessionCache(config.databaseUrl);
  }

  /**
   * The password step. Every attempt is counted per client address and per account before the
   * password is looked at, so parallel guesses wait their turn too; an unknown address costs the
   * same. A successful step hands the address's count back: only failures limit an address.
   */
  async login(email: string, password: string, client: LoginClient): Promise<LoginOutcome> {
    await this.claimForAddress(client.address);
    await this.claimAttempt(email);
    const user = await this.users.credentials(email);
    const passwordMatches = await passwordHasher.verify(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
    if (!user || !user.active || !passwordMatches) {
      await this.recordFailure(email, user?.id ?? UNKNOWN_ACCOUNT, 'login_failed');
      throw new InvalidCredentialsError();
    }
    await this.throttle.refundAddress(client.address);
    if (user.totpEnabled) {
      const challengeToken = randomBytes(32).toString('base64url');
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + CHALLENGE_MS);
      await this.sessions.insert({ tokenHash: hashToken(challengeToken), userId: user.id, purpose: 'challenge', userAgent: client.userAgent }, now, expiresAt);
      return { kind: 'challenge', challengeToken, expiresAt };
    }
    await this.throttle.forget(email);
    if (this.config.mfaRequiredRoles.includes(user.role)) {
      const { accessToken } = await this.start(user.id, 'enrolment', ENROLMENT_MS, client.userAgent);
      throw new MfaEnrolmentRequiredError(accessToken);
    }
    return { kind: 'session', ...(await this.start(user.id, 'full', this.config.sessionHours * 3600_000, client.userAgent)) };
  }

  /** The second step: a one-time code or a recovery code with the challenge of the password step. */
  async completeLogin(challengeToken: string, code: string, client: LoginClient): Promise<StartedSession> {
    const challenge = await this.sessions.challenge(hashToken(challengeToken), this.clock.now());
    const user = challenge ? await this.users.credentialsById(challenge.userId) : null;
    if (!challenge || !user) throw new LoginChallengeExpiredError();
    await this.claimForAddress(client.address);
    await this.claimAttempt(user.email);
    const session = await this.unitOfWork.run(async () => {
      const factor = await this.secondFactor.verify(user.id, code);
      if (!factor) return null;
      if (!(await this.sessions.revoke(challenge.id, this.clock.now()))) throw new LoginChallengeExpiredError();
      const started = await this.start(user.id, 'full', this.config.sessionHours * 3600_000, client.userAgent ?? challenge.userAgent);
      if (factor === 'recovery_code') {
        await this.audit.record(started.principal, { entity: 'user', entityId: user.id, action: 'recovery_code_used', changedFields: ['recoveryCodes'] });
      }
      return started;
    });
    if (!session) {
      await this.recordFailure(user.email, user.id, 'mfa_failed');
      throw new InvalidOneTimeCodeError();
    }
    await this.throttle.forget(user.email);
    await this.throttle.refundAddress(client.address);
    return session;
  }

  async authenticate(accessToken: string): Promise<Principal> {
    const tokenHash = hashToken(accessToken);
    const now = this.clock.now();
    const idleSince = new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000);
    let entry: { principal: Principal; lastSeenAt: Date } | undefined = this.cache.get(tokenHash, now, idleSince);
    if (!entry) {
      const lookup = this.cache.beginLookup();
      const row = await this.sessions.valid(tokenHash, now, idleSince);
      if (!row) throw new SessionExpiredError();
      const { expiresAt, lastSeenAt, ...principal } = row;
      entry = { principal, lastSeenAt };
      this.cache.store(tokenHash, { ...principal }, expiresAt, lastSeenAt, lookup);
    }
    if (now.getTime() - entry.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      await this.sessions.touch(entry.principal.sessionId, now, new Date(now.getTime() - TOUCH_INTERVAL_MS));
      this.cache.touched(tokenHash, now);
    }
    // A copy: the cached principal is shared by every request of this session.
    return { ...entry.principal };
  }

  async logout(principal: Principal): Promise<void> {
    await this.end(principal, principal.sessionId, 'logout');
  }

  /** The user's own open sessions; never a token. */
  async list(principal: Principal): Promise<SessionView[]> {
    const now = this.clock.now();
    const rows = await this.sessions.openOf(principal.userId, now, new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000));
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      device: summariseUserAgent(row.userAgent),
      current: row.id === principal.sessionId,
    }));
  }

  /** Ends one of the user's own sessions; another user's answers 404. */
  async endOwn(principal: Principal, sessionId: string): Promise<void> {
    if (!isUuid(sessionId)) throw new NotFoundError('session');
    await this.end(principal, sessionId, 'end');
  }

  /** After that commit, in the revoking process: the very next request reads the session from the database. */
  forget(target: RevocationTarget): void {
    this.cache.forget(target);
  }

  async onModuleDestroy(): Promise<void> {
    await this.cache.close();
  }

  private async end(principal: Principal, sessionId: string, action: 'logout' | 'end'): Promise<void> {
    await this.unitOfWork.run(async () => {
      if (!(await this.sessions.revoke(sessionId, this.clock.now(), principal.userId))) throw new NotFoundError('session');
      await this.audit.record(principal, { entity: 'session', entityId: sessionId, action, changedFields: ['revokedAt'] });
      await this.sessions.announceRevocation({ sessionId });
    });
    this.forget({ sessionId });
  }

  private async start(userId: string, purpose: SessionPurpose, lifetimeMs: number, userAgent: string | null): Promise<StartedSession> {
    const accessToken = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const principal = await this.unitOfWork.run(async () => {
      const sessionId = await this.sessions.insert(
        { tokenHash: hashToken(accessToken), userId, purpose, userAgent },
        now,
        new Date(now.getTime() + lifetimeMs),
      );
      const actor = await this.sessions.principal(sessionId);
      await this.audit.record(actor, {
        entity: 'session',
        entityId: sessionId,
        action: purpose === 'full' ? 'login' : 'login_for_enrolment',
        changedFields: [],
      });
      return actor;
    });
    return { accessToken, principal, expiresInSeconds: Math.floor(lifetimeMs / 1000) };
  }

  private async claimForAddress(address: string): Promise<void> {
    const wait = await this.throttle.claimForAddress(address, this.clock.now(), this.config.loginAttemptsPerMinute);
    if (wait > 0) throw new LoginThrottledError(wait, 'address');
  }

  private async claimAttempt(email: string): Promise<void> {
    const wait = await this.throttle.claim(email, this.clock.now());
    if (wait > 0) throw new LoginThrottledError(wait);
  }

  /** Item 7: a failed step in the audit (never what was typed), and the delay it caused. */
  private async recordFailure(email: string, account: string, action: 'login_failed' | 'mfa_failed'): Promise<void> {
    const delay = await this.throttle.currentDelay(email, this.clock.now());
    await this.unitOfWork.run(async () => {
      await this.audit.record(PUBLIC_ACTOR, { entity: 'user', entityId: account, action, changedFields: [] });
      if (delay > 0) await this.audit.record(PUBLIC_ACTOR, { entity: 'user', entityId: account, action: 'login_delayed', changedFields: [] });
    });
  }
}
