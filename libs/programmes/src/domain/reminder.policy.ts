import { addDays, addMonths, type CalendarDate } from '@app/shared';
import { studyYearEndsOn } from './programme-dates.policy';

/**
 * R12 reminders about a programme's term. A reminder is due on its day and stays due for a
 * while after it (LOOKBACK_DAYS), so a worker that was down a few days still sends it once; the
 * claim (programme, kind, due key) makes it once. The due key is the planned end the reminder
 * was about: an extension moves the planned end, so the reminders come again for the new end.
 */
export const END_REMINDERS = [
  { kind: 'end_in_6_months', months: 6 },
  { kind: 'end_in_3_months', months: 3 },
  { kind: 'end_in_1_month', months: 1 },
] as const;

export type EndReminderKind = (typeof END_REMINDERS)[number]['kind'];
export type ProgrammeReminderKind = EndReminderKind | 'past_end' | 'survey_end_of_year_1';

/** How many days after its due day a reminder is still sent (a worker that was down catches up). */
export const LOOKBACK_DAYS = 14;

/** The day a reminder `months` before the planned end is due (months clamped to the month's last day). */
export function endReminderDueOn(plannedEnd: CalendarDate, months: number): CalendarDate {
  return addMonths(plannedEnd, -months);
}

/** Whether a day lies in the window in which something due on `dueOn` is sent: dueOn … dueOn + LOOKBACK_DAYS. */
export function isDueWithinLookback(dueOn: CalendarDate, day: CalendarDate): boolean {
  return dueOn <= day && day <= addDays(dueOn, LOOKBACK_DAYS);
}

/** The due days a sweep on `day` still sends: the lookback before it, and the day itself. */
export function dueDaysWindow(day: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(day, -LOOKBACK_DAYS), to: day };
}

/**
 * The planned ends a sweep on `day` reads for the reminder `months` before the end: a range a
 * little wider than exact (month ends clamp) for the index, narrowed in the same statement to the
 * ends whose due day (endReminderDueOn, the same clamped month arithmetic in SQL) lies in dueDaysWindow.
 */
export function plannedEndWindow(day: CalendarDate, months: number): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(addMonths(addDays(day, -LOOKBACK_DAYS), months), -3), to: addDays(addMonths(day, months), 3) };
}

/** Past the end: running programmes whose planned end lies in the lookback before `day`. */
export function pastEndWindow(day: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(day, -LOOKBACK_DAYS - 1), to: addDays(day, -1) };
}

/** The survey at the end of study year 1 is due the day after that year's last day. */
export function yearOneSurveyDueOn(startDate: CalendarDate): CalendarDate {
  return addDays(studyYearEndsOn(startDate, 1), 1);
}

/** The start dates a survey sweep on `day` reads (a little wider than exact; narrowed by isDueWithinLookback). */
export function yearOneStartWindow(day: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(addMonths(addDays(day, -LOOKBACK_DAYS), -12), -3), to: addDays(addMonths(day, -12), 3) };
}

/**
 * The uitval watch (R12): staff are told once when a cohort's rate reaches the threshold, and
 * again only after it dropped below and reached it anew. Returns the new state and whether to tell.
 */
export function uitvalCrossing(previouslyReached: boolean | null, rate: number | null, thresholdPercent: number): { reached: boolean; alert: boolean } {
  const reached = rate !== null && rate >= thresholdPercent;
  return { reached, alert: reached && previouslyReached !== true };
}
