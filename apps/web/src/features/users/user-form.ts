import { z } from 'zod';
import type { RequestBody, Role } from '../../api/models';
import { ROLES } from '../../shared/labels';

export const userSchema = z
  .object({
    name: z.string().trim().min(1, 'Vul een naam in.'),
    email: z.string().trim().min(1, 'Vul een e-mailadres in.'),
    role: z.enum(ROLES as [Role, ...Role[]], 'Kies een rol.'),
    boardId: z.string(),
    instituteId: z.string(),
    password: z.string().min(1, 'Vul een wachtwoord in.'),
  })
  .refine((user) => user.role !== 'board' || user.boardId !== '', { path: ['boardId'], message: 'Kies een schoolbestuur.' })
  .refine((user) => user.role !== 'institute' || user.instituteId !== '', { path: ['instituteId'], message: 'Kies een lerarenopleiding.' })
  // A board user belongs to a board, an institute user to an institute; for the other roles the choice is not sent.
  .transform(({ boardId, instituteId, ...user }): RequestBody<'CreateUserRequest'> => {
    if (user.role === 'board') return { ...user, boardId };
    if (user.role === 'institute') return { ...user, instituteId };
    return user;
  });

export type UserValues = z.input<typeof userSchema>;

export const NEW_USER: UserValues = { name: '', email: '', role: 'staff', boardId: '', instituteId: '', password: '' };
