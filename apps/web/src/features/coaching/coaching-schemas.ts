import { z } from 'zod';
import type { RequestBody } from '../../api/models';
import { optionalText } from '../../shared/forms';
import { SESSION_KIND_LABELS, type SessionKind } from './coaching-labels';

const MINUTES = 'Vul het aantal minuten in, van 15 tot en met 480.';

export const sessionSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul de datum van de begeleiding in.'),
    minutes: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, MINUTES)
      .transform(Number)
      .pipe(z.number().min(15, MINUTES).max(480, MINUTES)),
    kind: z.enum(Object.keys(SESSION_KIND_LABELS) as [SessionKind, ...SessionKind[]], 'Kies de soort begeleiding.'),
    note: z.string().transform(optionalText),
  })
  .transform(({ note, ...session }): RequestBody<'CoachingSessionRequest'> => ({ ...session, ...(note ? { note } : {}) }));
export type SessionValues = z.input<typeof sessionSchema>;

export const assignSchema = z
  .object({
    coachId: z.string().min(1, 'Kies een coach.'),
    overrideReason: z.string().transform(optionalText),
  })
  .transform(({ overrideReason, ...assignment }): RequestBody<'AssignCoachRequest'> => ({
    ...assignment,
    ...(overrideReason ? { overrideReason } : {}),
  }));
export type AssignValues = z.input<typeof assignSchema>;
