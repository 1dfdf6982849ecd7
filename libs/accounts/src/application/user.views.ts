import type { Role } from '@app/shared';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  boardId: string | null;
  instituteId: string | null;
  active: boolean;
  /** Two-step verification is on. */
  mfaEnabled: boolean;
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
  role?: Role;
  /** The board of a board user; left out keeps it (or drops it when the role is no longer board). */
  boardId?: string | null;
  /** The institute of an institute user; as boardId. */
  instituteId?: string | null;
}

export type DirectoryEntry = Pick<UserView, 'id' | 'name' | 'role' | 'boardId'>;
