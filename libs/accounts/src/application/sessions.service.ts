import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { hash, randomBytes } from 'node:crypto';
import { Clock } from '@app/shared';
import { APP_CONFIG, UnitOfWork, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { InvalidCredentialsError, SessionExpiredError } from '../domain/accounts.errors';
import { passwordHasher, UNKNOWN_USER_HASH } from './password-hasher';
import type { Principal } from './principal';
import { SessionCache, type RevocationTarget } from '../persistence/session-cache';
import { SessionRepository } from '../persistence/session.repository';
import { UserRepository } from '../persistence/user.repository';

/** Runs on every request: the one-shot `hash` skips building a Hash object. */
function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * Opaque bearer tokens backed by a `sessions` row: logging out or disabling an account revokes the
 * row, and the next request with that token is refused at once, on any API process. Authenticated
 * sessions are cached for a few seconds (SessionCache); whoever revokes a session or changes a user
 * announces the revocation inside its unit of work and calls `forget` after the commit.
 */
@Injectable()
export class SessionsService implements OnModuleDestroy {
  private readonly cache: SessionCache;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.cache = new SessionCache(config.databaseUrl);
  }

  async login(email: string, password: string): Promise<{ accessToken: string; principal: Principal }> {
    const user = await this.users.credentials(email);
    const passwordMatches = await passwordHasher.verify(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
    if (!user || !user.active || !passwordMatches) throw new InvalidCredentialsError();

    const accessToken = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionHours * 3600_000);
    const principal = await this.unitOfWork.run(async () => {
      const sessionId = await this.sessions.insert(hashToken(accessToken), user.id, now, expiresAt);
      const actor = await this.sessions.principal(sessionId);
      await this.audit.record(actor, { entity: 'session', entityId: sessionId, action: 'login', changedFields: [] });
      return actor;
    });
    return { accessToken, principal };
  }

  async authenticate(accessToken: string): Promise<Principal> {
    const tokenHash = hashToken(accessToken);
    const now = this.clock.now();
    const cached = this.cache.get(tokenHash, now);
    // A copy: the cached principal is shared by every request of this session.
    if (cached) return { ...cached };
    const lookup = this.cache.beginLookup();
    const row = await this.sessions.valid(tokenHash, now);
    if (!row) throw new SessionExpiredError();
    const { expiresAt, ...principal } = row;
    this.cache.store(tokenHash, { ...principal }, expiresAt, lookup);
    return principal;
  }

  async logout(principal: Principal): Promise<void> {
    await this.unitOfWork.run(async () => {
      await this.sessions.revoke(principal.sessionId, this.clock.now());
      await this.audit.record(principal, { entity: 'session', entityId: principal.sessionId, action: 'logout', changedFields: ['revokedAt'] });
      await this.sessions.announceRevocation({ sessionId: principal.sessionId });
    });
    this.forget({ sessionId: principal.sessionId });
  }

  /** After that commit, in the revoking process: the very next request reads the session from the database. */
  forget(target: RevocationTarget): void {
    this.cache.forget(target);
  }

  async onModuleDestroy(): Promise<void> {
    await this.cache.close();
  }
}
