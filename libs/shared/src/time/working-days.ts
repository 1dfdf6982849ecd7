import { Temporal } from 'temporal-polyfill';
import { addDays, calendarDate, type CalendarDate } from './calendar-date';

/** Whether a day is a public holiday; the calendar comes from outside the kernel (date-holidays, NL). */
export type HolidayCalendar = (date: CalendarDate) => boolean;

/** Monday to Friday, unless a public holiday. */
export function isWorkingDay(date: CalendarDate, isHoliday: HolidayCalendar): boolean {
  return Temporal.PlainDate.from(calendarDate(date)).dayOfWeek <= 5 && !isHoliday(date);
}

/** The working days after `from` up to and including `to`: applied on a Friday, the next Monday is the first; 0 when `to` is not later. */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, isHoliday: HolidayCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, isHoliday)) count += 1;
  return count;
}

/**
 * The latest day from which more than `days` working days have passed by `today`: whatever is
 * dated on or before it has waited over `days` working days (workingDaysBetween > days).
 */
export function lastDayWaitingOver(today: CalendarDate, days: number, isHoliday: HolidayCalendar): CalendarDate {
  let counted = 0;
  // A calendar without working days would loop for ever: ten years back is far beyond any wait.
  for (let day = today, steps = 0; steps < 3653 + days * 7; day = addDays(day, -1), steps += 1) {
    if (isWorkingDay(day, isHoliday)) counted += 1;
    if (counted > days) return addDays(day, -1);
  }
  throw new RangeError(`No ${days + 1} working days in the ten years before ${today}`);
}
