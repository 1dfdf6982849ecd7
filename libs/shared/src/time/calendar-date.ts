import { Temporal } from 'temporal-polyfill';

declare const calendarDateBrand: unique symbol;

/**
 * A calendar day as ISO 8601 'YYYY-MM-DD': no time, no zone. Only `parseCalendarDate` and the
 * functions here make one, so a value of this type names a day that exists; as a string it
 * compares and sorts correctly and goes into PostgreSQL `date` columns as is.
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

/** The time zone in which people in the Netherlands read dates and times. */
/** Calendar days from `from` through `to`, both included. */
export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Strict: exactly 'YYYY-MM-DD' of a day that exists; null for '2024-02-30', '2024-08-01 ', '20240801', a date-time. */
export function parseCalendarDate(text: string): CalendarDate | null {
  // Temporal alone would also accept '20240801', '+002024-08-01' and '2024-08-01T10:00'.
  if (!CALENDAR_DATE_PATTERN.test(text)) return null;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' }).toString() as CalendarDate;
  } catch {
    return null;
  }
}

export function isCalendarDate(text: string): text is CalendarDate {
  return parseCalendarDate(text) !== null;
}

/** For dates that are valid by construction (stored rows, constants); throws a RangeError otherwise. */
export function calendarDate(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  if (date === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return date;
}

/** The calendar day of an instant in a time zone: near midnight the UTC day would be the wrong one. */
export function today(instant: Date, timeZone: string = AMSTERDAM_TIME_ZONE): CalendarDate {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString() as CalendarDate;
}

/** Whole calendar days later (or earlier when negative); no time zone, so a clock change never shifts the day. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return plainDate(date).add({ days }).toString() as CalendarDate;
}

/** Calendar months later (or earlier), clamped to the month's last day: 31 January + 1 month is 28 or 29 February. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return plainDate(date).add({ months }, { overflow: 'constrain' }).toString() as CalendarDate;
}

/** The instant a calendar day begins in a time zone (not always 00:00 where a clock change falls at midnight). */
export function startOfDay(date: CalendarDate, timeZone: string = AMSTERDAM_TIME_ZONE): Date {
  return new Date(plainDate(date).toZonedDateTime({ timeZone }).epochMilliseconds);
}

function plainDate(date: CalendarDate): Temporal.PlainDate {
  // The brand can be cast onto any string: check again rather than compute with a wrong day.
  return Temporal.PlainDate.from(calendarDate(date), { overflow: 'reject' });
}
