import { z } from 'zod';
import type { RequestBody } from '../../api/models';

const label = z.string().trim().min(2, 'Omschrijving moet minstens 2 tekens hebben.').max(100, 'Omschrijving is te lang (maximaal 100 tekens).');

export const createSourceSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Code bestaat uit 2 tot 40 kleine letters, cijfers of _, en begint met een letter.'),
  label,
  asksDetail: z.boolean(),
}) satisfies z.ZodType<RequestBody<'CreateSourceRequest'>, unknown>;

export const editSourceSchema = z.object({ label, asksDetail: z.boolean() }) satisfies z.ZodType<RequestBody<'UpdateSourceRequest'>, unknown>;

export type SourceValues = z.input<typeof createSourceSchema>;

export const NEW_SOURCE: SourceValues = { code: '', label: '', asksDetail: false };
