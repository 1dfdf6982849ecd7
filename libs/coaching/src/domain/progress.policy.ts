import type { CalendarDate } from '@app/shared';

export const NORM_UNITS = ['week', 'month', 'studyYear'] as const;
export type NormUnit = (typeof NORM_UNITS)[number];

/** The norm of one study year of a route: hours per unit. */
export interface Norm {
  studyYear: number;
  hoursPerUnit: number;
  unit: NormUnit;
}

/** One study year of a programme: its days (both included). */
export interface StudyYearSpan {
  studyYear: number;
  from: CalendarDate;
  to: CalendarDate;
}

export interface SessionTime {
  date: string;
  minutes: number;
}

export interface StudyYearProgress {
  studyYear: number;
  from: string;
  to: string;
  /** The whole year's norm in hours; null past the second year or without a norm. */
  normHours: number | null;
  /** The norm pro rata to the as-of day (calendar days); null without a norm. */
  dueHours: number | null;
  loggedHours: number;
  /** Logged ÷ due, in percent with one decimal; null without a norm or when nothing is due yet. */
  percentOfDue: number | null;
  /** Behind the pro-rata norm by more than 25%. */
  behind: boolean;
}

/** Years past the second have no norm (§5). */
export const LAST_YEAR_WITH_NORM = 2;
/** Behind by more than this share of the pro-rata norm needs attention (R12). */
export const BEHIND_SHARE = 0.25;

/** The full year's norm in hours: per week × the school weeks of a study year, per month × 12, or per study year. */
export function yearNormHours(norm: Norm, weeksPerStudyYear: number): number {
  if (norm.unit === 'week') return norm.hoursPerUnit * weeksPerStudyYear;
  if (norm.unit === 'month') return norm.hoursPerUnit * 12;
  return norm.hoursPerUnit;
}

/**
 * Progress per study year against the norm, pro rata to `asOf` (today for a running programme,
 * its end for one that ended early): norm × days of the year up to `asOf` ÷ days of the year, both
 * counted in calendar days with both ends included. Sessions count in the study year that holds
 * their date. Only the years that began on or before `asOf` are shown.
 */
export function progressPerStudyYear(input: {
  years: readonly StudyYearSpan[];
  asOf: CalendarDate;
  sessions: readonly SessionTime[];
  norms: readonly Norm[];
  weeksPerStudyYear: number;
}): StudyYearProgress[] {
  return input.years
    .filter((year) => year.from <= input.asOf)
    .map((year) => {
      const minutes = input.sessions
        .filter((session) => session.date >= year.from && session.date <= year.to)
        .reduce((sum, session) => sum + session.minutes, 0);
      const loggedHours = round2(minutes / 60);
      const norm = year.studyYear <= LAST_YEAR_WITH_NORM ? input.norms.find((candidate) => candidate.studyYear === year.studyYear) : undefined;
      if (!norm)
        return { studyYear: year.studyYear, from: year.from, to: year.to, normHours: null, dueHours: null, loggedHours, percentOfDue: null, behind: false };
      const normHours = yearNormHours(norm, input.weeksPerStudyYear);
      const until = input.asOf < year.to ? input.asOf : year.to;
      const dueHours = (normHours * daysFromTo(year.from, until)) / daysFromTo(year.from, year.to);
      return {
        studyYear: year.studyYear,
        from: year.from,
        to: year.to,
        normHours: round2(normHours),
        dueHours: round2(dueHours),
        loggedHours,
        percentOfDue: dueHours > 0 ? Math.round((minutes / 60 / dueHours) * 1000) / 10 : null,
        behind: minutes / 60 < dueHours * (1 - BEHIND_SHARE),
      };
    });
}

/** Days from `from` to `to`, both included. */
export function daysFromTo(from: string, to: string): number {
  return Math.round((epochDay(to) - epochDay(from)) / 86_400_000) + 1;
}

function epochDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
