import { z } from 'zod';
import type { RequestBody } from '../../api/models';
import type { NoteKind } from './notes-queries';

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  note: 'Notitie',
  phone_call: 'Telefoongesprek',
  conversation: 'Gesprek',
  email: 'E-mail',
  information_meeting: 'Informatiebijeenkomst',
};

export const noteSchema = z
  .object({
    kind: z.enum(Object.keys(NOTE_KIND_LABELS) as [NoteKind, ...NoteKind[]], 'Kies de soort.'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul de datum in.'),
    text: z.string().trim().min(1, 'Tekst is verplicht.').max(4000, 'Tekst is te lang (maximaal 4000 tekens).'),
  })
  .transform((note): RequestBody<'NoteRequest'> => note);
export type NoteValues = z.input<typeof noteSchema>;
