import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, NotFoundError, ValidationFailedError, type Actor, type Role } from '@app/shared';
import { APP_CONFIG, Database, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { EmailTakenError } from '../domain/accounts.errors';
import { passwordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  boardId: string | null;
  instituteId: string | null;
  active: boolean;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  boardId?: string | null;
  instituteId?: string | null;
}

export interface UserChanges {
  name?: string;
  active?: boolean;
  password?: string;
}

const USER_COLUMNS = `id, email, name, role, board_id AS "boardId", institute_id AS "instituteId", active`;

/** Administration of accounts; disabling an account ends its sessions in the same transaction. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly sessions: SessionsService,
  ) {}

  list(): Promise<UserView[]> {
    return this.database.query<UserView>(`SELECT ${USER_COLUMNS} FROM users ORDER BY role, name`);
  }

  /** Active users by role (and board), for pickers such as a selection panel; names and ids only. */
  directory(role: Role, boardId?: string): Promise<Pick<UserView, 'id' | 'name' | 'role' | 'boardId'>[]> {
    return this.database.query(
      `SELECT id, name, role, board_id AS "boardId" FROM users
       WHERE active AND role = $1 AND ($2::uuid IS NULL OR board_id = $2) ORDER BY name`,
      [role, boardId ?? null],
    );
  }

  async listActiveByRole(role: Role): Promise<UserView[]> {
    return this.database.query<UserView>(`SELECT ${USER_COLUMNS} FROM users WHERE role = $1 AND active ORDER BY name`, [role]);
  }

  async get(id: string): Promise<UserView> {
    const [user] = await this.database.query<UserView>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    if (!user) throw new NotFoundError('user');
    return user;
  }

  async create(actor: Actor, input: NewUser): Promise<UserView> {
    this.checkAffiliation(input);
    const passwordHash = await passwordHasher.hash(input.password);
    return this.database.transaction((manager) => this.insert(manager, actor, input, passwordHash));
  }

  async update(actor: Actor, id: string, changes: UserChanges): Promise<UserView> {
    const passwordHash = changes.password ? await passwordHasher.hash(changes.password) : null;
    const updated = await this.database.transaction(async (manager) => {
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      const rows: UserView[] = await manager.query(
        `WITH changed AS (
           UPDATE users SET name = COALESCE($2, name), active = COALESCE($3, active),
             password_hash = COALESCE($4, password_hash), updated_at = $5
           WHERE id = $1 RETURNING ${USER_COLUMNS})
         SELECT * FROM changed`,
        [id, changes.name ?? null, changes.active ?? null, passwordHash, this.clock.now()],
      );
      const user = rows[0];
      if (!user) throw new NotFoundError('user');
      if (changes.active === false || passwordHash) {
        await manager.query(`UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [id, this.clock.now()]);
      }
      const changedFields = Object.entries({ name: changes.name, active: changes.active, password: changes.password })
        .filter(([, value]) => value !== undefined)
        .map(([field]) => field);
      await this.audit.record(manager, actor, { entity: 'user', entityId: id, action: 'update', changedFields });
      // Cached sessions carry the user's name and state: every change reaches every API process.
      await this.sessions.announceRevocation(manager, { userId: id });
      return user;
    });
    this.sessions.forget({ userId: id });
    return updated;
  }

  /** Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD when that account does not exist. */
  async ensureFirstAdministrator(): Promise<void> {
    const [existing] = await this.database.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [this.config.adminEmail]);
    if (existing) return;
    const passwordHash = await passwordHasher.hash(this.config.adminPassword);
    await this.database.transaction((manager) =>
      this.insert(manager, { userId: null, role: 'system' }, { email: this.config.adminEmail, name: 'Beheerder', role: 'admin', password: '' }, passwordHash),
    ).catch((error: unknown) => {
      if (!(error instanceof EmailTakenError)) throw error; // another process created it first
    });
    this.logger.log('Created the first administrator account');
  }

  private async insert(manager: EntityManager, actor: Actor, input: NewUser, passwordHash: string): Promise<UserView> {
    try {
      const [user]: UserView[] = await manager.query(
        `INSERT INTO users (email, name, role, board_id, institute_id, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${USER_COLUMNS}`,
        [input.email.toLowerCase(), input.name, input.role, input.boardId ?? null, input.instituteId ?? null, passwordHash],
      );
      await this.audit.record(manager, actor, {
        entity: 'user',
        entityId: user.id,
        action: 'create',
        changedFields: ['email', 'name', 'role', 'boardId', 'instituteId', 'password'],
      });
      return user;
    } catch (error: unknown) {
      const code = (error as { code?: string; constraint?: string }).code;
      if (code === '23505') throw new EmailTakenError();
      if (code === '23503') {
        const field = (error as { constraint?: string }).constraint?.includes('institute') ? 'instituteId' : 'boardId';
        throw new ValidationFailedError([{ field, message: `${field} verwijst naar een onbekende organisatie.` }]);
      }
      throw error;
    }
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
