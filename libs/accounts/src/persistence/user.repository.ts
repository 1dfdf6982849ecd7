import { Injectable } from '@nestjs/common';
import type { Role } from '@app/shared';
import { Database } from '@app/infra';
import type { DirectoryEntry, NewUser, UserView } from '../application/user.views';

export interface Credentials {
  id: string;
  role: Role;
  passwordHash: string;
  active: boolean;
  totpEnabled: boolean;
}

const USER_COLUMNS = `id, email, name, role, board_id AS "boardId", institute_id AS "instituteId", active, totp_secret IS NOT NULL AS "mfaEnabled"`;

/** All SQL of users. */
@Injectable()
export class UserRepository {
  constructor(private readonly database: Database) {}

  list(): Promise<UserView[]> {
    return this.database.query<UserView>(`SELECT ${USER_COLUMNS} FROM users ORDER BY role, name`);
  }

  directory(role: Role, boardId: string | null): Promise<DirectoryEntry[]> {
    return this.database.query<DirectoryEntry>(
      `SELECT id, name, role, board_id AS "boardId" FROM users
       WHERE active AND role = $1 AND ($2::uuid IS NULL OR board_id = $2) ORDER BY name`,
      [role, boardId],
    );
  }

  activeByRole(role: Role): Promise<UserView[]> {
    return this.database.query<UserView>(`SELECT ${USER_COLUMNS} FROM users WHERE role = $1 AND active ORDER BY name`, [role]);
  }

  async byId(id: string): Promise<UserView | null> {
    const [user] = await this.database.query<UserView>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return user ?? null;
  }

  /** The user, locked until the unit of work ends. */
  async byIdForUpdate(id: string): Promise<UserView | null> {
    const [user] = await this.database.query<UserView>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [id]);
    return user ?? null;
  }

  async credentials(email: string): Promise<Credentials | null> {
    const [user] = await this.database.query<Credentials>(
      `SELECT id, role, password_hash AS "passwordHash", active, totp_secret IS NOT NULL AS "totpEnabled" FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return user ?? null;
  }

  async credentialsById(id: string): Promise<(Credentials & { email: string; name: string }) | null> {
    const [user] = await this.database.query<Credentials & { email: string; name: string }>(
      `SELECT id, role, email, name, password_hash AS "passwordHash", active, totp_secret IS NOT NULL AS "totpEnabled" FROM users WHERE id = $1`,
      [id],
    );
    return user ?? null;
  }

  async existsByEmail(email: string): Promise<boolean> {
    const [row] = await this.database.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email]);
    return row !== undefined;
  }

  async insert(input: Omit<NewUser, 'password'>, passwordHash: string): Promise<UserView> {
    const [user] = await this.database.query<UserView>(
      `INSERT INTO users (email, name, role, board_id, institute_id, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${USER_COLUMNS}`,
      [input.email.toLowerCase(), input.name, input.role, input.boardId ?? null, input.instituteId ?? null, passwordHash],
    );
    return user;
  }

  /** Changes the name, state or password (null leaves a column as it is); null when no such user. */
  async update(id: string, changes: { name: string | null; active: boolean | null; passwordHash: string | null }, at: Date): Promise<UserView | null> {
    const [user] = await this.database.query<UserView>(
      `UPDATE users SET name = COALESCE($2, name), active = COALESCE($3, active), password_hash = COALESCE($4, password_hash), updated_at = $5
       WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [id, changes.name, changes.active, changes.passwordHash, at],
    );
    return user ?? null;
  }

  /**
   * Locks the active administrators (in id order, so two changes never deadlock) until the unit of
   * work ends. A change that may remove an administrator takes this lock first: under READ
   * COMMITTED the guarded UPDATE below alone would let two transactions each demote a different
   * one of the last two administrators, as neither sees the other's change before it commits.
   */
  async lockActiveAdministrators(): Promise<void> {
    await this.database.query(`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`);
  }

  /**
   * Sets every column of the user's record as given, unless that leaves no active administrator:
   * null when no such user or when the guard refuses (the caller tells them apart).
   */
  async updateGuarded(id: string, user: Omit<UserView, 'id' | 'email' | 'mfaEnabled'> & { passwordHash: string | null }, at: Date): Promise<UserView | null> {
    const [updated] = await this.database.query<UserView>(
      `UPDATE users SET name = $2, active = $3, role = $4, board_id = $5, institute_id = $6, password_hash = COALESCE($7, password_hash), updated_at = $8
       WHERE id = $1
         AND (($4 = 'admin' AND $3) OR NOT (role = 'admin' AND active)
              OR EXISTS (SELECT 1 FROM users other WHERE other.role = 'admin' AND other.active AND other.id <> $1))
       RETURNING ${USER_COLUMNS}`,
      [id, user.name, user.active, user.role, user.boardId, user.instituteId, user.passwordHash, at],
    );
    return updated ?? null;
  }
}
