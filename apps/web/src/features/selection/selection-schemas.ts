import { z } from 'zod';
import type { RequestBody, Verdict } from '../../api/models';

const verdict = (message: string) => z.enum(['positive', 'negative'] satisfies Verdict[], message);
const motivation = z.string().trim().min(1, 'Vul een motivatie in.');

/** The panel's size and make-up are the server's rules (R5): its messages name the fields by their labels. */
export const interviewSchema = z
  .object({
    startsAt: z.string().min(1, 'Vul datum en tijd in.'),
    durationMinutes: z.string().transform(Number),
    location: z.string().trim().min(1, 'Vul een locatie in.'),
    staffUserIds: z.array(z.string()),
    /** Board id → the representative who sits for it. */
    boards: z.record(z.string(), z.string()),
  })
  .transform(({ boards, ...interview }): RequestBody<'ScheduleInterviewRequest'> => ({
    ...interview,
    boards: Object.entries(boards).map(([boardId, representativeUserId]) => ({ boardId, representativeUserId })),
  }));

export type InterviewValues = z.input<typeof interviewSchema>;

export const cancelSchema = z.object({ reason: z.string().trim().min(1, 'Vul de reden van annuleren in.') }) satisfies z.ZodType<
  RequestBody<'CancelInterviewRequest'>
>;
export type CancelValues = z.input<typeof cancelSchema>;

export const adviceSchema = z.object({ advice: verdict('Kies een advies: positief of negatief.'), wouldEmploy: z.boolean(), motivation }) satisfies z.ZodType<
  Omit<RequestBody<'AdviceRequest'>, 'boardId'>
>;
export type AdviceValues = z.input<typeof adviceSchema>;

export const outcomeSchema = z.object({ outcome: verdict('Kies een uitkomst: positief of negatief.'), motivation }) satisfies z.ZodType<
  RequestBody<'OutcomeRequest'>
>;
export type OutcomeValues = z.input<typeof outcomeSchema>;
