import type { User } from './types';

/** Flevowijs staff and administrators: the central desk that sees and plans everything. */
export function isCentralDesk(user: User): boolean {
  return user.role === 'staff' || user.role === 'admin';
}
