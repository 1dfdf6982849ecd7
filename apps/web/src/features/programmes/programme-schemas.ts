import { z } from 'zod';
import type { RequestBody } from '../../api/models';
import { optionalText } from '../../shared/forms';
import { DROPOUT_REASON_LABELS, SUBSIDY_DECISION_LABELS, type DropoutReason, type SubsidyDecision } from './programme-labels';

const date = (message: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message);
const keys = <Key extends string>(labels: Record<Key, string>) => Object.keys(labels) as [Key, ...Key[]];

/** An amount in euros as typed: "20000", "12.500,50" or "12500.50". */
const euros = (message: string) =>
  z
    .string()
    .trim()
    .transform((text) => (text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text))
    .pipe(z.string().regex(/^\d+(\.\d{1,2})?$/, message))
    .transform(Number);

export const startSchema = z.object({
  candidateId: z.string().min(1),
  route: z.string().min(1, 'Kies een route.'),
  startDate: date('Vul de startdatum van het traject in.'),
  conductCertificateDate: date('Vul de datum in waarop de VOG is afgegeven.'),
}) satisfies z.ZodType<RequestBody<'StartProgrammeRequest'>>;
export type StartValues = z.input<typeof startSchema>;

export const qualifySchema = z.object({ qualifiedOn: date('Vul de datum in waarop de kandidaat bevoegd werd.') });
export type QualifyValues = z.input<typeof qualifySchema>;

export const dropoutSchema = z.object({
  droppedOutOn: date('Vul de datum van de uitval in.'),
  reason: z.enum(keys<DropoutReason>(DROPOUT_REASON_LABELS), 'Kies een reden.'),
});
export type DropoutValues = z.input<typeof dropoutSchema>;

export const extendSchema = z.object({
  months: z
    .string()
    .regex(/^\d{1,2}$/, 'Vul een aantal maanden in, van 1 tot 12.')
    .transform(Number)
    .pipe(z.number().min(1, 'Vul een aantal maanden in, van 1 tot 12.').max(12, 'Verlengen kan met hoogstens 12 maanden tegelijk.')),
  reason: z.string().trim().min(3, 'Vul de reden van de verlenging in (minstens 3 tekens).'),
});
export type ExtendValues = z.input<typeof extendSchema>;

export const switchSchema = z.object({
  route: z.string().min(1, 'Kies de nieuwe route.'),
  startDate: date('Vul de startdatum op de nieuwe route in.'),
});
export type SwitchValues = z.input<typeof switchSchema>;

/** The decision and its date go together; empty optional fields are left out. */
export const subsidySchema = z
  .object({
    appliedOn: date('Vul de aanvraagdatum in.'),
    amount: euros('Vul het bedrag in euro’s in, bijvoorbeeld 20000 of 12.500,50.'),
    decision: z.union([z.enum(keys<SubsidyDecision>(SUBSIDY_DECISION_LABELS)), z.literal('')]),
    decidedOn: z.string().transform(optionalText),
    amountSpent: z.union([z.literal('').transform(() => undefined), euros('Vul het bestede bedrag in euro’s in, bijvoorbeeld 5000.')]),
  })
  .transform(({ decision, decidedOn, amountSpent, ...subsidy }): RequestBody<'SubsidyRequest'> => ({
    ...subsidy,
    ...(decision ? { decision } : {}),
    ...(decidedOn ? { decidedOn } : {}),
    ...(amountSpent !== undefined ? { amountSpent } : {}),
  }));
export type SubsidyValues = z.input<typeof subsidySchema>;
