import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { hash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Clock, type Role } from '@app/shared';
import { APP_CONFIG, Database, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { InvalidCredentialsError, SessionExpiredError } from '../domain/accounts.errors';
import { passwordHasher, UNKNOWN_USER_HASH } from './password-hasher';
import type { Principal } from './principal';
import { SESSION_REVOKED_CHANNEL, SessionCache, type RevocationTarget } from './session-cache';

interface PrincipalRow {
  sessionId: string;
  userId: string;
  role: Role;
  email: string;
  name: string;
  boardId: string | null;
  instituteId: string | null;
}

const PRINCIPAL_COLUMNS = `s.id AS "sessionId", u.id AS "userId", u.role, u.email, u.name,
  u.board_id AS "boardId", u.institute_id AS "instituteId"`;

/** Runs on every request: the one-shot `hash` skips building a Hash object. */
function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * Opaque bearer tokens backed by a `sessions` row: logging out or disabling an account revokes the
 * row, and the next request with that token is refused at once, on any API process. Authenticated
 * sessions are cached for a few seconds (SessionCache); whoever revokes a session or changes a user
 * calls `announceRevocation` inside its transaction and `forget` after the commit.
 */
@Injectable()
export class SessionsService implements OnModuleDestroy {
  private readonly cache: SessionCache;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.cache = new SessionCache(config.databaseUrl);
  }

  async login(email: string, password: string): Promise<{ accessToken: string; principal: Principal }> {
    const [user] = await this.database.query<{ id: string; passwordHash: string; active: boolean }>(
      `SELECT id, password_hash AS "passwordHash", active FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    const passwordMatches = await passwordHasher.verify(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
    if (!user || !user.active || !passwordMatches) throw new InvalidCredentialsError();

    const accessToken = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionHours * 3600_000);
    const principal = await this.database.transaction(async (manager) => {
      const [session]: { id: string }[] = await manager.query(
        `INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [hashToken(accessToken), user.id, now, expiresAt],
      );
      const actor = await this.principalBySession(session.id, manager);
      await this.audit.record(manager, actor, { entity: 'session', entityId: session.id, action: 'login', changedFields: [] });
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
    const [row] = await this.database.query<PrincipalRow & { expiresAt: Date }>(
      `SELECT ${PRINCIPAL_COLUMNS}, s.expires_at AS "expiresAt" FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active`,
      [tokenHash, now],
    );
    if (!row) throw new SessionExpiredError();
    const { expiresAt, ...principal } = row;
    this.cache.store(tokenHash, { ...principal }, expiresAt, lookup);
    return principal;
  }

  async logout(principal: Principal): Promise<void> {
    await this.database.transaction(async (manager) => {
      await manager.query(`UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [principal.sessionId, this.clock.now()]);
      await this.audit.record(manager, principal, { entity: 'session', entityId: principal.sessionId, action: 'logout', changedFields: ['revokedAt'] });
      await this.announceRevocation(manager, { sessionId: principal.sessionId });
    });
    this.forget({ sessionId: principal.sessionId });
  }

  /**
   * Inside the transaction that revokes sessions or changes a user: every API process drops the
   * cached sessions concerned when that transaction commits (NOTIFY is delivered at commit).
   */
  async announceRevocation(manager: EntityManager, target: RevocationTarget): Promise<void> {
    await manager.query(`SELECT pg_notify($1, $2)`, [SESSION_REVOKED_CHANNEL, JSON.stringify(target)]);
  }

  /** After that commit, in the revoking process: the very next request reads the session from the database. */
  forget(target: RevocationTarget): void {
    this.cache.forget(target);
  }

  async onModuleDestroy(): Promise<void> {
    await this.cache.close();
  }

  private async principalBySession(sessionId: string, manager: { query: (sql: string, parameters: unknown[]) => Promise<PrincipalRow[]> }): Promise<Principal> {
    const [row] = await manager.query(`SELECT ${PRINCIPAL_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`, [sessionId]);
    return row;
  }
}
