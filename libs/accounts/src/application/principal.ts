import type { Actor, Role } from '@app/shared';

/** The signed-in user as every request sees it; scope comes from here, never from the request. */
export interface Principal extends Actor {
  userId: string;
  role: Role;
  sessionId: string;
  /** A session that only opens the two-step enrolment routes (the role requires it and it is not set up). */
  enrolmentOnly: boolean;
  email: string;
  name: string;
  boardId: string | null;
  instituteId: string | null;
}
