import { SchoolYear, addDays, addMonths, type CalendarDate } from '@app/shared';

/** The phases of a programme (SPEC R8), in the order the rule tests them. */
export const PHASES = ['soft_landing', 'year_1', 'year_2', 'overdue'] as const;
export type Phase = (typeof PHASES)[number];

/** The soft landing (zachte landing) is the first 3 calendar months of the placement. */
const SOFT_LANDING_MONTHS = 3;
const MONTHS_PER_STUDY_YEAR = 12;

/** The dates a programme's phases are read from. */
export interface ProgrammeDates {
  /** The first day of the programme. */
  startDate: CalendarDate;
  /** The first day of the placement the programme runs in. */
  placementStartDate: CalendarDate;
  /** Start + the route's duration − 1 day; an extension does not move it. */
  originalPlannedEnd: CalendarDate;
}

/** Planned end = start + the route's duration − 1 day: a 24-month programme from 1 October 2025 ends on 30 September 2027. */
export function plannedEndOf(startDate: CalendarDate, durationMonths: number, extensionMonths = 0): CalendarDate {
  return addDays(addMonths(startDate, durationMonths + extensionMonths), -1);
}

/** The first day after the soft landing: placement start + 3 calendar months (clamped to the month's last day). */
export function softLandingEndsBefore(placementStartDate: CalendarDate): CalendarDate {
  return addMonths(placementStartDate, SOFT_LANDING_MONTHS);
}

/**
 * The phase on `day` (SPEC R8): `soft_landing` before placement start + 3 months, else `overdue`
 * after the original planned end, else `year_1` before programme start + 12 months, else `year_2`.
 * Null before the programme starts.
 */
export function phaseOn(dates: ProgrammeDates, day: CalendarDate): Phase | null {
  if (day < dates.startDate) return null;
  if (day < softLandingEndsBefore(dates.placementStartDate)) return 'soft_landing';
  if (day > dates.originalPlannedEnd) return 'overdue';
  if (day < addMonths(dates.startDate, MONTHS_PER_STUDY_YEAR)) return 'year_1';
  return 'year_2';
}

/**
 * The study year (leerjaar) on `day`: 1 for months 0–12 of the programme, 2 for months 12–24, and
 * on past the second for a programme that runs longer. Counted from this programme's own start (a
 * route switch starts again at 1). Null before the start.
 */
export function studyYearOn(startDate: CalendarDate, day: CalendarDate): number | null {
  if (day < startDate) return null;
  let year = 1;
  while (day >= addMonths(startDate, year * MONTHS_PER_STUDY_YEAR)) year += 1;
  return year;
}

/** The last day of study year `year` (1-based), e.g. the day before start + 12 months for year 1. */
export function studyYearEndsOn(startDate: CalendarDate, year: number): CalendarDate {
  return addDays(addMonths(startDate, year * MONTHS_PER_STUDY_YEAR), -1);
}

/** The cohort of a programme: the school year of its start (31 July is the old year, 1 August the new one). */
export function cohortOf(startDate: CalendarDate): string {
  return SchoolYear.of(startDate).label;
}

/**
 * Whole calendar months from `day` until the planned end: the largest m with day + m months on or
 * before the planned end. 0 in the last month and after the end.
 */
export function monthsLeft(day: CalendarDate, plannedEnd: CalendarDate): number {
  let months = 0;
  while (addMonths(day, months + 1) <= plannedEnd) months += 1;
  return months;
}

/** What makes a running programme ask for attention on the list. */
export const ATTENTION_REASONS = ['term_ends_soon', 'term_passed', 'no_conduct_certificate'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** "Needs attention" looks this far ahead at the planned end. */
const ATTENTION_MONTHS = 3;

/** Why a running programme needs attention on `day`: its term ends within 3 months (or has passed), or it has no VOG. */
export function attentionOn(
  programme: { plannedEnd: CalendarDate; conductCertificateDate: CalendarDate | null; running: boolean },
  day: CalendarDate,
): AttentionReason[] {
  if (!programme.running) return [];
  const reasons: AttentionReason[] = [];
  if (programme.plannedEnd < day) reasons.push('term_passed');
  else if (programme.plannedEnd < addMonths(day, ATTENTION_MONTHS)) reasons.push('term_ends_soon');
  if (programme.conductCertificateDate === null) reasons.push('no_conduct_certificate');
  return reasons;
}
