import { Injectable } from '@nestjs/common';
import { NotFoundError, isUuid, type Role } from '@app/shared';
import { UserRepository } from '../persistence/user.repository';
import type { DirectoryEntry, UserView } from './user.views';

/** Users as the administration, pickers and jobs read them. */
@Injectable()
export class UserReader {
  constructor(private readonly users: UserRepository) {}

  list(): Promise<UserView[]> {
    return this.users.list();
  }

  /** Active users by role (and board), for pickers such as a selection panel; names and ids only. */
  directory(role: Role, boardId?: string): Promise<DirectoryEntry[]> {
    return this.users.directory(role, boardId ?? null);
  }

  listActiveByRole(role: Role): Promise<UserView[]> {
    return this.users.activeByRole(role);
  }

  async get(id: string): Promise<UserView> {
    const user = isUuid(id) ? await this.users.byId(id) : null;
    if (!user) throw new NotFoundError('user');
    return user;
  }
}
