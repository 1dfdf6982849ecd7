import { addDays, type CalendarDate } from '@app/shared';
import { ProgrammeInputRefusedError, ProgrammeNotRunningError } from './programmes.errors';

/** How a programme stands: running, or one of the four ways it ends (SPEC §3). */
export const PROGRAMME_STATUSES = ['running', 'qualified', 'dropped_out', 'term_expired', 'route_switched'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/**
 * Why a person stopped (R8): a category from this fixed list, never free text, so no health
 * details end up in the record. The Dutch names are what people read.
 */
export const DROPOUT_REASONS = {
  workload: 'Combinatie van werk en opleiding te zwaar',
  study_too_demanding: 'Opleiding te zwaar',
  not_suited_to_teaching: 'Beroep past niet',
  school_ended_employment: 'Schoolbestuur beëindigt het dienstverband',
  other_job: 'Andere baan',
  personal_circumstances: 'Persoonlijke omstandigheden',
  relocation: 'Verhuizing',
  other: 'Andere reden',
} as const;
export type DropoutReason = keyof typeof DROPOUT_REASONS;
export const DROPOUT_REASON_CODES = Object.keys(DROPOUT_REASONS) as DropoutReason[];

/** An extension is 1 to 12 months at a time. */
export const EXTENSION_MONTHS = { minimum: 1, maximum: 12 } as const;

/** Only a running programme takes an outcome, an extension or a route switch. */
export function checkRunning(status: ProgrammeStatus): void {
  if (status !== 'running') throw new ProgrammeNotRunningError(status);
}

interface Term {
  startDate: CalendarDate;
  plannedEnd: CalendarDate;
  today: CalendarDate;
}

/**
 * The date of an outcome (qualified, dropped out) lies within the term — on or after the start, on
 * or before the planned end (with its extensions) — and not in the future.
 */
export function checkOutcomeDate(field: string, label: string, date: CalendarDate, term: Term): void {
  if (date < term.startDate) throw new ProgrammeInputRefusedError(field, `${label} kan niet vóór de start van het traject (${term.startDate}) liggen.`);
  if (date > term.today) throw new ProgrammeInputRefusedError(field, `${label} kan niet in de toekomst liggen (vandaag is ${term.today}).`);
  if (date > term.plannedEnd) {
    throw new ProgrammeInputRefusedError(
      field,
      `${label} ligt na het einde van de termijn (${term.plannedEnd}). Verleng het traject eerst als de termijn is verlengd.`,
    );
  }
}

/**
 * A route switch: the new programme starts after the old one's start and at the latest the day
 * after its planned end; the old one ends the day before. Returns the old programme's last day.
 */
export function checkSwitch(
  current: { route: string; startDate: CalendarDate; plannedEnd: CalendarDate },
  next: { route: string; startDate: CalendarDate },
): CalendarDate {
  if (next.route === current.route) throw new ProgrammeInputRefusedError('route', `Het traject loopt al op route ${current.route}: kies een andere route.`);
  if (next.startDate <= current.startDate) {
    const currentStart = current.startDate;
    throw new ProgrammeInputRefusedError('startDate', `Startdatum nieuwe route moet na de start van het huidige traject (${currentStart}) liggen.`);
  }
  if (next.startDate > addDays(current.plannedEnd, 1)) {
    throw new ProgrammeInputRefusedError('startDate', `Startdatum van de nieuwe route kan niet na het einde van de termijn (${current.plannedEnd}) liggen.`);
  }
  return addDays(next.startDate, -1);
}
