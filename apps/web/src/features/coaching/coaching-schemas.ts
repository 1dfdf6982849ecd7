import { z } from 'zod';
import type { RequestBody } from '../../api/models';
import type { Region } from '../../api/models';
import { optionalText } from '../../shared/forms';
import { REGIONS } from '../../shared/labels';
import { RISK_LEVEL_LABELS, SESSION_KIND_LABELS, type RiskLevel, type SessionKind } from './coaching-labels';

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

/** A session's values in the form, to edit it. */
export function sessionValues(session: { date: string; minutes: number; kind: SessionKind; note: string }): SessionValues {
  return { date: session.date, minutes: String(session.minutes), kind: session.kind, note: session.note };
}

/** The at-risk flag: a level and a short, matter-of-fact note (never health details). */
export const riskSchema = z.object({
  level: z.enum(Object.keys(RISK_LEVEL_LABELS) as [RiskLevel, ...RiskLevel[]], 'Kies het niveau.'),
  note: z.string().trim().min(1, 'Vul een korte toelichting in.').max(300, 'De toelichting is te lang (maximaal 300 tekens).'),
}) satisfies z.ZodType<RequestBody<'RiskFlagRequest'>, unknown>;
export type RiskValues = z.input<typeof riskSchema>;

const MAX_CASELOAD = 'Vul het maximum aantal trajecten in: een geheel getal van 0 tot en met 500.';
/** A group of checkboxes gives the checked values. */
const regions = z.array(z.enum(REGIONS as [Region, ...Region[]]), 'Kies minstens één regio.').min(1, 'Kies minstens één regio.');
const maxCaseload = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, MAX_CASELOAD)
  .transform(Number)
  .pipe(z.number().max(500, MAX_CASELOAD));

/** What staff edit of a coach profile; the user only when it is new. */
export const editCoachSchema = z.object({ regions, maxCaseload, active: z.boolean() }) satisfies z.ZodType<RequestBody<'UpdateCoachRequest'>, unknown>;
/** The user first: the first field with a message gets the focus. */
export const createCoachSchema = z.object({
  userId: z.string().min(1, 'Kies een gebruiker met de rol coach.'),
  ...editCoachSchema.shape,
}) satisfies z.ZodType<RequestBody<'CreateCoachRequest'>, unknown>;
export type CoachValues = z.input<typeof createCoachSchema>;
