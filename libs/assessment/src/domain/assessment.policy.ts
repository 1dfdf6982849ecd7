import { ValidationFailedError, addDays, calendarDate, type CalendarDate, type FieldProblem } from '@app/shared';
import { AssessmentDateRefusedError } from './assessment.errors';

export const ASSESSMENT_STATUSES = ['requested', 'completed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_OUTCOMES = ['suitable', 'not_suitable'] as const;
export type AssessmentOutcome = (typeof ASSESSMENT_OUTCOMES)[number];

/** R12: an assessment without outcome this many days after its request reminds the central desk. */
export const OVERDUE_AFTER_DAYS = 56;

/** The purpose and contents of the disclosure to the institute and the requesting board (R5, R14). */
export const ASSESSMENT_DISCLOSURE = {
  purpose: 'suitability_assessment',
  disclosed: 'naam, contactgegevens, motivatiebrief, cv en selectieadvies',
} as const;

export const NOT_SUITABLE_REASON = 'Niet geschikt bevonden in het geschiktheidsonderzoek';

export interface RequestDates {
  requestedOn: string;
  plannedPracticeDay?: string | null;
}

export interface OutcomeInput {
  outcome: AssessmentOutcome;
  decidedOn: string;
  declarationDate?: string | null;
  validUntil?: string | null;
}

/** The outcome's date fields by the labels of the outcome form. */
const OUTCOME_LABELS: Readonly<Record<string, string>> = { declarationDate: 'Datum geschiktheidsverklaring', validUntil: 'Verklaring geldig tot' };

/** Calendar dates as 'YYYY-MM-DD' compare correctly as strings. */
function before(left: string, right: string): boolean {
  return left < right;
}

/** The request's dates: the practice day cannot precede the request, and a request is not dated ahead. */
export function checkRequestDates(dates: RequestDates, today: string): void {
  if (dates.plannedPracticeDay && before(dates.plannedPracticeDay, dates.requestedOn)) {
    throw new ValidationFailedError([{ field: 'plannedPracticeDay', message: 'Geplande praktijkdag kan niet vóór de datum van de aanvraag liggen.' }]);
  }
  if (before(today, dates.requestedOn)) {
    throw new AssessmentDateRefusedError('requestedOn', `Aangevraagd op kan niet in de toekomst liggen (vandaag is ${today}).`);
  }
}

/** Rules on the outcome's own fields (400, naming each field): R6's declaration belongs to `suitable` only. */
export function outcomeFieldProblems(input: OutcomeInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.outcome === 'suitable' && !input.declarationDate) {
    problems.push({ field: 'declarationDate', message: 'Datum geschiktheidsverklaring is verplicht bij de uitkomst geschikt.' });
  }
  if (input.outcome === 'not_suitable' && input.declarationDate) {
    problems.push({
      field: 'declarationDate',
      message: 'Datum geschiktheidsverklaring hoort alleen bij de uitkomst geschikt; laat het leeg bij niet geschikt.',
    });
  }
  if (input.validUntil && !input.declarationDate) {
    problems.push({
      field: 'validUntil',
      message: 'Verklaring geldig tot kan alleen samen met de datum van de geschiktheidsverklaring, bij de uitkomst geschikt.',
    });
  }
  if (input.validUntil && input.declarationDate && !before(input.declarationDate, input.validUntil)) {
    problems.push({ field: 'validUntil', message: 'Verklaring geldig tot moet na de datum van de geschiktheidsverklaring liggen.' });
  }
  if (input.declarationDate && before(input.declarationDate, input.decidedOn)) {
    problems.push({
      field: 'declarationDate',
      message: 'Datum geschiktheidsverklaring kan niet vóór de datum van het besluit liggen: de verklaring volgt op de uitkomst.',
    });
  }
  return problems;
}

/** Rules that need today and the request (422): an outcome is not dated ahead, nor before the request. */
export function checkOutcomeTiming(input: OutcomeInput, context: { today: string; requestedOn: string }): void {
  if (before(context.today, input.decidedOn)) {
    throw new AssessmentDateRefusedError('decidedOn', `Datum van het besluit kan niet in de toekomst liggen (vandaag is ${context.today}).`);
  }
  if (before(input.decidedOn, context.requestedOn)) {
    throw new AssessmentDateRefusedError('decidedOn', `Datum van het besluit kan niet vóór de aanvraag van ${context.requestedOn} liggen.`);
  }
}

export function checkOutcome(input: OutcomeInput): void {
  const problems = outcomeFieldProblems(input);
  if (problems.length > 0)
    throw new ValidationFailedError(problems, `Controleer: ${[...new Set(problems.map((problem) => OUTCOME_LABELS[problem.field]))].join(', ')}.`);
}

/** The reason recorded when `not_suitable` rejects the candidate; the motivation, when given, is kept with it. */
export function rejectionReason(motivation?: string | null): string {
  const text = motivation?.trim();
  return text ? `${NOT_SUITABLE_REASON}: ${text}` : NOT_SUITABLE_REASON;
}

/** The due moment of the overdue reminder: one fixed day per assessment, so it is sent once, never again later. */
export function overdueDueDate(requestedOn: string): CalendarDate {
  return addDays(calendarDate(requestedOn), OVERDUE_AFTER_DAYS);
}

/** The latest request date that is overdue on `today`: requested on or before it, still without outcome. */
export function overdueRequestedOnOrBefore(today: CalendarDate): CalendarDate {
  return addDays(today, -OVERDUE_AFTER_DAYS);
}
