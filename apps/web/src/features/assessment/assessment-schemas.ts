import { z } from 'zod';
import type { AssessmentOutcome, RequestBody } from '../../api/models';
import { optionalText } from '../../shared/forms';

const date = (message: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message);
const optional = z.string().transform(optionalText);

/** `boardId` only when staff choose it on behalf of a board; a board user requests for their own board. */
export const requestSchema = z
  .object({
    boardId: z.string(),
    instituteId: z.string().min(1, 'Kies een lerarenopleiding.'),
    requestedOn: date('Vul de datum van de aanvraag in.'),
    plannedPracticeDay: optional,
  })
  .transform(({ boardId, ...request }): RequestBody<'RequestAssessmentRequest'> => ({ ...request, ...(boardId ? { boardId } : {}) }));

export type RequestValues = z.input<typeof requestSchema>;

/** The declaration dates only go with a suitable outcome; empty optional fields are left out. */
export const outcomeSchema = z
  .object({
    outcome: z.enum(['suitable', 'not_suitable'] satisfies AssessmentOutcome[], 'Kies een uitkomst.'),
    decidedOn: date('Vul de datum van het besluit in.'),
    declarationDate: optional,
    validUntil: optional,
    requiredTraining: optional,
    requiredSupport: optional,
    motivation: optional,
  })
  .transform(({ declarationDate, validUntil, ...rest }): RequestBody<'RecordOutcomeRequest'> => {
    const outcome = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as RequestBody<'RecordOutcomeRequest'>;
    if (rest.outcome !== 'suitable') return outcome;
    return { ...outcome, ...(declarationDate ? { declarationDate } : {}), ...(validUntil ? { validUntil } : {}) };
  });

export type OutcomeValues = z.input<typeof outcomeSchema>;
