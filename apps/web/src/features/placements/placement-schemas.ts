import { z } from 'zod';
import { optionalText } from '../../shared/forms';
import type { PlacementBody, ProposalBody } from './queries';

/** The school years a picker offers: the previous one, this one and the next two. */
export function schoolYearChoices(current: string): string[] {
  const first = Number(current.slice(0, 4));
  return [first - 1, first, first + 1, first + 2].map((year) => `${year}-${year + 1}`);
}

export const capacitySchema = z.object({
  places: z
    .string()
    .regex(/^\d{1,3}$/, 'Vul een geheel aantal plaatsen in (0 tot 999).')
    .transform(Number),
});
export type CapacityValues = z.input<typeof capacitySchema>;

/** FTE is typed the Dutch way (0,8) or with a point; 0,1 to 1,0 in steps of 0,1. */
export const placementSchema = z
  .object({
    candidateId: z.string(),
    schoolId: z.string().min(1, 'Kies een school.'),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul de startdatum in.'),
    fte: z
      .string()
      .transform((text) => text.trim().replace(',', '.'))
      .refine((text) => /^(0?\.[1-9]|1(\.0)?)$/.test(text), 'Vul een FTE in van 0,1 tot en met 1,0 (bijvoorbeeld 0,8).'),
    supernumerary: z.boolean(),
  })
  .transform(({ fte, ...rest }): PlacementBody => ({ ...rest, fte: Number(fte) }));
export type PlacementValues = z.input<typeof placementSchema>;

export const proposalSchema = z
  .object({
    candidateId: z.string(),
    boardId: z.string().min(1, 'Kies een schoolbestuur.'),
    note: z.string().transform(optionalText),
  })
  .transform(({ note, ...rest }): ProposalBody => ({ ...rest, ...(note ? { note } : {}) }));
export type ProposalValues = z.input<typeof proposalSchema>;

export const declineSchema = z.object({
  reason: z.string().trim().min(3, 'Geef een reden (minstens 3 tekens).').max(2000, 'De reden is te lang (maximaal 2000 tekens).'),
});
export type DeclineValues = z.input<typeof declineSchema>;
