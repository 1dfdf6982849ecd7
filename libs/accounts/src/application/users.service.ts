import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, NotFoundError, ValidationFailedError, isUuid, type Actor } from '@app/shared';
import { APP_CONFIG, UnitOfWork, isUniqueViolation, postgresErrorOf, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { EmailTakenError } from '../domain/accounts.errors';
import { passwordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import type { Principal } from './principal';
import { LoginThrottleRepository } from '../persistence/login-throttle.repository';
import { LoginThrottledError } from '../domain/accounts.errors';
import { SessionRepository } from '../persistence/session.repository';
import { UserRepository } from '../persistence/user.repository';
import { SessionsService } from './sessions.service';
import type { NewUser, UserChanges, UserView } from './user.views';

/** Administration of accounts; disabling an account ends its sessions in the same transaction. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly users: UserRepository,
    private readonly sessionRows: SessionRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly sessions: SessionsService,
    private readonly passwords: PasswordPolicy,
    private readonly throttle: LoginThrottleRepository,
  ) {}

  async create(actor: Actor, input: NewUser): Promise<UserView> {
    this.checkAffiliation(input);
    this.passwords.assertStrong(input.password, [input.name, input.email]);
    const passwordHash = await passwordHasher.hash(input.password);
    return this.unitOfWork.run(() => this.insert(actor, input, passwordHash));
  }

  async update(actor: Actor, id: string, changes: UserChanges): Promise<UserView> {
    if (changes.password) {
      const user = isUuid(id) ? await this.users.byId(id) : null;
      if (!user) throw new NotFoundError('user');
      this.passwords.assertStrong(changes.password, [changes.name ?? user.name, user.email]);
    }
    const passwordHash = changes.password ? await passwordHasher.hash(changes.password) : null;
    const updated = await this.unitOfWork.run(async () => {
      const now = this.clock.now();
      const user = await this.users.update(id, { name: changes.name ?? null, active: changes.active ?? null, passwordHash }, now);
      if (!user) throw new NotFoundError('user');
      if (changes.active === false || passwordHash) await this.sessionRows.revokeAllOf(id, now);
      const changedFields = Object.entries({ name: changes.name, active: changes.active, password: changes.password })
        .filter(([, value]) => value !== undefined)
        .map(([field]) => field);
      await this.audit.record(actor, { entity: 'user', entityId: id, action: 'update', changedFields });
      // Cached sessions carry the user's name and state: every change reaches every API process.
      await this.sessionRows.announceRevocation({ userId: id });
      return user;
    });
    this.sessions.forget({ userId: id });
    return updated;
  }

  /**
   * The signed-in user changes their own password with the current one (counted by the login
   * throttle, so a stolen session cannot guess it); their other sessions end.
   */
  async changeOwnPassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const wait = await this.throttle.claim(principal.email, this.clock.now());
    if (wait > 0) throw new LoginThrottledError(wait);
    const user = await this.users.credentialsById(principal.userId);
    if (!user || !(await passwordHasher.verify(user.passwordHash, currentPassword))) {
      throw new ValidationFailedError([{ field: 'currentPassword', message: 'Het huidige wachtwoord klopt niet.' }], 'Het huidige wachtwoord klopt niet.');
    }
    this.passwords.assertStrong(newPassword, [user.name, user.email], 'newPassword');
    const passwordHash = await passwordHasher.hash(newPassword);
    await this.unitOfWork.run(async () => {
      const now = this.clock.now();
      await this.users.update(principal.userId, { name: null, active: null, passwordHash }, now);
      await this.sessionRows.revokeAllOf(principal.userId, now, principal.sessionId);
      await this.audit.record(principal, { entity: 'user', entityId: principal.userId, action: 'password_changed', changedFields: ['password'] });
      await this.sessionRows.announceRevocation({ userId: principal.userId });
    });
    await this.throttle.forget(principal.email);
    this.sessions.forget({ userId: principal.userId });
  }

  /**
   * Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD when that account does not
   * exist. In production the password must pass the strength check; the demo and the tests use
   * fixed, known passwords.
   */
  async ensureFirstAdministrator(): Promise<void> {
    if (await this.users.existsByEmail(this.config.adminEmail)) return;
    if (this.config.environment === 'production')
      this.passwords.assertStrong(this.config.adminPassword, [this.config.adminEmail, 'Beheerder'], 'ADMIN_PASSWORD');
    const passwordHash = await passwordHasher.hash(this.config.adminPassword);
    await this.unitOfWork
      .run(() => this.insert({ userId: null, role: 'system' }, { email: this.config.adminEmail, name: 'Beheerder', role: 'admin', password: '' }, passwordHash))
      .catch((error: unknown) => {
        if (!(error instanceof EmailTakenError)) throw error; // another process created it first
      });
    this.logger.log('Created the first administrator account');
  }

  private async insert(actor: Actor, input: NewUser, passwordHash: string): Promise<UserView> {
    const user = await this.users.insert(input, passwordHash).catch(refuseConflicts);
    await this.audit.record(actor, {
      entity: 'user',
      entityId: user.id,
      action: 'create',
      changedFields: ['email', 'name', 'role', 'boardId', 'instituteId', 'password'],
    });
    return user;
  }

  private checkAffiliation(input: NewUser): void {
    if (input.role === 'board' && !input.boardId) {
      throw new ValidationFailedError([{ field: 'boardId', message: 'boardId is verplicht voor een gebruiker van een schoolbestuur.' }]);
    }
    if (input.role !== 'board' && input.boardId) {
      throw new ValidationFailedError([{ field: 'boardId', message: 'boardId mag alleen bij de rol board.' }]);
    }
    if (input.role === 'institute' && !input.instituteId) {
      throw new ValidationFailedError([{ field: 'instituteId', message: 'instituteId is verplicht voor een gebruiker van een lerarenopleiding.' }]);
    }
    if (input.role !== 'institute' && input.instituteId) {
      throw new ValidationFailedError([{ field: 'instituteId', message: 'instituteId mag alleen bij de rol institute.' }]);
    }
  }
}

function refuseConflicts(error: unknown): never {
  if (isUniqueViolation(error)) throw new EmailTakenError();
  const postgres = postgresErrorOf(error);
  if (postgres?.code === '23503') {
    const field = postgres.constraint?.includes('institute') ? 'instituteId' : 'boardId';
    throw new ValidationFailedError([{ field, message: `${field} verwijst naar een onbekende organisatie.` }]);
  }
  throw error;
}
