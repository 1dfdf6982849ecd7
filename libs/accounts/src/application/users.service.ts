import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, NotFoundError, ValidationFailedError, isUuid, type Actor } from '@app/shared';
import { APP_CONFIG, UnitOfWork, isUniqueViolation, postgresErrorOf, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { OrganisationReader } from '@app/organisations';
import { EmailTakenError, LastAdministratorError } from '../domain/accounts.errors';
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
    private readonly organisations: OrganisationReader,
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
      // The lock comes before reading the user, so the state read is the one the guard judges.
      if (changes.role !== undefined || changes.active === false) await this.users.lockActiveAdministrators();
      const current = isUuid(id) ? await this.users.byIdForUpdate(id) : null;
      if (!current) throw new NotFoundError('user');
      const next = withChanges(current, changes);
      this.checkAffiliation(next);
      if (next.boardId && next.boardId !== current.boardId) await this.organisations.assertOpenForNewMembers('board', next.boardId);
      if (next.instituteId && next.instituteId !== current.instituteId) await this.organisations.assertOpenForNewMembers('institute', next.instituteId);
      const user = await this.users.updateGuarded(id, { ...next, passwordHash }, now);
      if (!user) throw new LastAdministratorError(next.active ? 'demote' : 'deactivate');
      const changedFields = changedFieldsOf(current, user, changes.password !== undefined);
      const rightsChanged = changedFields.some((field) => ['active', 'role', 'boardId', 'instituteId', 'password'].includes(field));
      if (rightsChanged) await this.sessionRows.revokeAllOf(id, now);
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
    if (input.boardId) await this.organisations.assertOpenForNewMembers('board', input.boardId);
    if (input.instituteId) await this.organisations.assertOpenForNewMembers('institute', input.instituteId);
    const user = await this.users.insert(input, passwordHash).catch(refuseConflicts);
    await this.audit.record(actor, {
      entity: 'user',
      entityId: user.id,
      action: 'create',
      changedFields: ['email', 'name', 'role', 'boardId', 'instituteId', 'password'],
    });
    return user;
  }

  private checkAffiliation(input: Pick<NewUser, 'role' | 'boardId' | 'instituteId'>): void {
    if (input.role === 'board' && !input.boardId) {
      throw new ValidationFailedError([{ field: 'boardId', message: 'Schoolbestuur is verplicht voor een gebruiker van een schoolbestuur.' }]);
    }
    if (input.role !== 'board' && input.boardId) {
      throw new ValidationFailedError([{ field: 'boardId', message: 'Schoolbestuur hoort alleen bij de rol schoolbestuur.' }]);
    }
    if (input.role === 'institute' && !input.instituteId) {
      throw new ValidationFailedError([{ field: 'instituteId', message: 'Lerarenopleiding is verplicht voor een gebruiker van een lerarenopleiding.' }]);
    }
    if (input.role !== 'institute' && input.instituteId) {
      throw new ValidationFailedError([{ field: 'instituteId', message: 'Lerarenopleiding hoort alleen bij de rol lerarenopleiding.' }]);
    }
  }
}

/** The user as it will be: a role without a board or institute drops it unless one is given. */
function withChanges(current: UserView, changes: UserChanges): Omit<UserView, 'id' | 'email' | 'mfaEnabled'> {
  const role = changes.role ?? current.role;
  return {
    name: changes.name ?? current.name,
    active: changes.active ?? current.active,
    role,
    boardId: changes.boardId !== undefined ? changes.boardId : role === 'board' ? current.boardId : null,
    instituteId: changes.instituteId !== undefined ? changes.instituteId : role === 'institute' ? current.instituteId : null,
  };
}

function changedFieldsOf(before: UserView, after: UserView, password: boolean): string[] {
  const fields = (['name', 'active', 'role', 'boardId', 'instituteId'] as const).filter((field) => before[field] !== after[field]);
  return password ? [...fields, 'password'] : fields;
}

function refuseConflicts(error: unknown): never {
  if (isUniqueViolation(error)) throw new EmailTakenError();
  const postgres = postgresErrorOf(error);
  if (postgres?.code === '23503') {
    const field = postgres.constraint?.includes('institute') ? 'instituteId' : 'boardId';
    throw new ValidationFailedError([
      { field, message: `${field === 'boardId' ? 'Schoolbestuur' : 'Lerarenopleiding'} verwijst naar een onbekende organisatie.` },
    ]);
  }
  throw error;
}
