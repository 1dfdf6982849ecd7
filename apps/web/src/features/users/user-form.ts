import { z } from 'zod';
import type { RequestBody, Role } from '../../api/models';
import { ROLES } from '../../shared/labels';

export const userSchema = z
  .object({
    name: z.string().trim().min(1, 'Vul een naam in.'),
    email: z.string().trim().min(1, 'Vul een e-mailadres in.'),
    role: z.enum(ROLES as [Role, ...Role[]], 'Kies een rol.'),
    boardId: z.string(),
    password: z.string().min(1, 'Vul een wachtwoord in.'),
  })
  // A board user belongs to a board; for the other roles the choice is not sent.
  .transform(({ boardId, ...user }): RequestBody<'CreateUserRequest'> => (user.role === 'board' ? { ...user, boardId } : user));

export type UserValues = z.input<typeof userSchema>;

export const NEW_USER: UserValues = { name: '', email: '', role: 'staff', boardId: '', password: '' };
