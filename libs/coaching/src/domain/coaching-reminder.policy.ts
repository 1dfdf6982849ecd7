import { addDays, addMonths, type CalendarDate } from '@app/shared';

/**
 * R12's coaching reminders.
 *
 * No session for 28 days → the coach: the gap counts from `quiet_since` (the later of the current
 * assignment's first day, the day it was made and the programme's last session) and reaches 28 days
 * on quiet_since + 28, its due day and due key. Once per gap: the next reminder needs a new gap
 * (a session, or another coach, moves quiet_since). A due reminder stays due for LOOKBACK_DAYS, so
 * a worker that was down a few days still sends it once.
 *
 * Behind the pro-rata norm by more than 25% → staff: checked once a month, on the programme's
 * monthly dates within study years 1 and 2 (start + 1 … 11 and 13 … 23 months: a year's first
 * month is too early to judge and years past the second have no norm), as of that check day.
 * Staff are told once per programme, study year and crossing: when a check finds it behind and
 * the previous check did not; again only after a later check found it caught up.
 */
export const NO_SESSION_DAYS = 28;
export const NO_SESSION_LOOKBACK_DAYS = 14;

/** The quiet_since days whose gap reaches 28 days from `day − LOOKBACK` to `day`. */
export function quietSinceWindow(day: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(day, -NO_SESSION_DAYS - NO_SESSION_LOOKBACK_DAYS), to: addDays(day, -NO_SESSION_DAYS) };
}

/** The day a gap that started on `quietSince` reaches 28 days: the reminder's due day and key. */
export function noSessionDueOn(quietSince: CalendarDate): CalendarDate {
  return addDays(quietSince, NO_SESSION_DAYS);
}

/** The months after the start at which the norm is checked: inside study years 1 and 2, not on their first day. */
export const NORM_CHECK_MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];

/** A check day stays due this many days (a worker that was down catches up); the watch makes it once. */
export const NORM_CHECK_LOOKBACK_DAYS = 3;

/** The check days a sweep on `day` reads. */
export function normCheckWindow(day: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(day, -NORM_CHECK_LOOKBACK_DAYS), to: day };
}

/**
 * The start dates whose monthly check day lies in the window of a sweep on `day`, each with the
 * months of that check: the selection reads exactly these starts through the index. Months are
 * added with end-of-month clamping, so several starts may share a check day (31 January and
 * 28 February 2025 both check on 28 March… for one month they check on 28 February).
 */
export function normCheckStarts(day: CalendarDate): { startDate: CalendarDate; months: number }[] {
  const window = normCheckWindow(day);
  const starts: { startDate: CalendarDate; months: number }[] = [];
  for (let check = window.from; check <= window.to; check = addDays(check, 1)) {
    const lastOfMonth = addDays(check, 1).endsWith('-01');
    for (const months of NORM_CHECK_MONTHS) {
      // The start `months` before, unless the check's day does not exist in that month (then none checks on it)…
      const start = addMonths(check, -months);
      if (addMonths(start, months) !== check) continue;
      starts.push({ startDate: start, months });
      // …and on a month's last day also the later days of the start's month, clamped to it.
      if (!lastOfMonth) continue;
      for (let next = addDays(start, 1); next.slice(0, 7) === start.slice(0, 7); next = addDays(next, 1)) {
        starts.push({ startDate: next, months });
      }
    }
  }
  return starts;
}

/** The study year a check `months` after the start lies in. */
export function studyYearOfCheck(months: number): number {
  return Math.floor(months / 12) + 1;
}
