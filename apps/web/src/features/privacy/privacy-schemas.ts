import { z } from 'zod';
import type { ExtendRequestBody, RecordRequestBody } from './queries';

export const REQUEST_KIND_LABELS: Record<RecordRequestBody['kind'], string> = { inspection: 'Inzage', erasure: 'Wissen' };

export const recordSchema = z.object({
  candidateId: z.string().min(1, 'Kies een kandidaat.'),
  kind: z.enum(['inspection', 'erasure'] satisfies RecordRequestBody['kind'][], 'Kies de soort verzoek: inzage of wissen.'),
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul de datum van ontvangst in.'),
}) satisfies z.ZodType<RecordRequestBody>;
export type RecordValues = z.input<typeof recordSchema>;

export const extendSchema = z
  .object({
    months: z.enum(['1', '2'], 'Kies één of twee maanden.'),
    reason: z.string().trim().min(3, 'Vul de reden in (minstens 3 tekens).'),
  })
  .transform(({ months, reason }): ExtendRequestBody => ({ months: Number(months), reason }));
export type ExtendValues = z.input<typeof extendSchema>;
