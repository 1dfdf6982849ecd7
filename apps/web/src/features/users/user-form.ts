import { z } from 'zod';
import type { ManagedUser, RequestBody, Role } from '../../api/models';
import { ROLES } from '../../shared/labels';

interface Affiliation {
  role: Role;
  boardId: string;
  instituteId: string;
}

/** A board user needs a board, an institute user an institute (both pickers start empty). */
function requireOrganisation(user: Affiliation, context: z.RefinementCtx): void {
  if (user.role === 'board' && user.boardId === '') context.addIssue({ code: 'custom', path: ['boardId'], message: 'Kies een schoolbestuur.' });
  if (user.role === 'institute' && user.instituteId === '') context.addIssue({ code: 'custom', path: ['instituteId'], message: 'Kies een lerarenopleiding.' });
}

/** Only the role's own organisation is sent: the API drops it when the role has none. */
function organisationOf({ role, boardId, instituteId }: Affiliation): { boardId?: string; instituteId?: string } {
  if (role === 'board') return { boardId };
  if (role === 'institute') return { instituteId };
  return {};
}

const name = z.string().trim().min(1, 'Vul een naam in.');
const role = z.enum(ROLES as [Role, ...Role[]], 'Kies een rol.');

export const userSchema = z
  .object({
    name,
    email: z.string().trim().min(1, 'Vul een e-mailadres in.'),
    role,
    boardId: z.string(),
    instituteId: z.string(),
    password: z.string().min(1, 'Vul een wachtwoord in.'),
  })
  .superRefine(requireOrganisation)
  .transform(({ boardId, instituteId, ...user }): RequestBody<'CreateUserRequest'> => ({ ...user, ...organisationOf({ ...user, boardId, instituteId }) }));

export type UserValues = z.input<typeof userSchema>;

export const NEW_USER: UserValues = { name: '', email: '', role: 'staff', boardId: '', instituteId: '', password: '' };

/** An admin changes a user's name, role and organisation; e-mail address and password stay as they are. */
export const editUserSchema = z
  .object({ name, role, boardId: z.string(), instituteId: z.string() })
  .superRefine(requireOrganisation)
  .transform(({ boardId, instituteId, ...user }): RequestBody<'UpdateUserRequest'> => ({ ...user, ...organisationOf({ ...user, boardId, instituteId }) }));

export type EditUserValues = z.input<typeof editUserSchema>;

export function editValuesOf(user: ManagedUser): EditUserValues {
  return { name: user.name, role: user.role, boardId: user.boardId ?? '', instituteId: user.instituteId ?? '' };
}
