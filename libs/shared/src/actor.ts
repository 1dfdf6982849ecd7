export const ROLES = ['admin', 'staff', 'coach', 'board', 'institute'] as const;
export type Role = (typeof ROLES)[number];

/** Who does something: a signed-in user, or the system itself (a job, the public form). */
export interface Actor {
  userId: string | null;
  role: Role | 'system' | 'public';
  boardId?: string | null;
  instituteId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'system' };
export const PUBLIC_ACTOR: Actor = { userId: null, role: 'public' };

export function isCentralDesk(actor: Actor): boolean {
  return actor.role === 'staff' || actor.role === 'admin';
}
