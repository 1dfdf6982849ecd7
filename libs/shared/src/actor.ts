export const ROLES = ['admin', 'staff', 'coach', 'board', 'institute'] as const;
export type Role = (typeof ROLES)[number];

/** Who does something: a signed-in user, the system itself (a job, the public form), or a candidate on their own page. */
export interface Actor {
  userId: string | null;
  role: Role | 'system' | 'public' | 'candidate';
  boardId?: string | null;
  instituteId?: string | null;
  /** A candidate signed in on `/mijn-aanmelding` (role `candidate`): they see and change only their own dossier. */
  candidateId?: string | null;
}

/** The candidate acting on their own page (`/mijn-aanmelding`): scoped to that one dossier. */
export function candidateActor(candidateId: string): Actor {
  return { userId: null, role: 'candidate', candidateId };
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'system' };
export const PUBLIC_ACTOR: Actor = { userId: null, role: 'public' };

export function isCentralDesk(actor: Actor): boolean {
  return actor.role === 'staff' || actor.role === 'admin';
}
