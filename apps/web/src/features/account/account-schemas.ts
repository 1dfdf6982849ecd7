import { z } from 'zod';

export const passwordSchema = z.object({
  currentPassword: z.string().min(1, 'Vul je huidige wachtwoord in.'),
  newPassword: z.string().min(12, 'Het nieuwe wachtwoord moet minstens 12 tekens hebben.'),
});

export const codeSchema = z.object({
  code: z.string().trim().min(6, 'Vul de code in.').max(20, 'Deze code is te lang.'),
});
