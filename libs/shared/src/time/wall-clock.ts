import { Temporal } from 'temporal-polyfill';
import { AMSTERDAM_TIME_ZONE } from './calendar-date';

/** A wall-clock date and time as people write it on an invitation, without a zone. */
export type WallClock = Temporal.PlainDateTime;

const WALL_CLOCK_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Strict 'YYYY-MM-DDTHH:mm' of a real date and time; null otherwise (also for seconds, a zone or a space). */
export function parseWallClock(text: string): WallClock | null {
  if (!WALL_CLOCK_PATTERN.test(text)) return null;
  try {
    return Temporal.PlainDateTime.from(text, { overflow: 'reject' });
  } catch {
    return null;
  }
}

/**
 * The instant a wall-clock time in a zone stands for. Null in the spring-forward gap (02:00–03:00
 * does not exist that night in Amsterdam); in the autumn hour that happens twice, the first
 * (summer-time) instant.
 */
export function wallClockToInstant(local: WallClock, timeZone: string = AMSTERDAM_TIME_ZONE): Date | null {
  const zoned = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  // In the gap Temporal moves the time; a moved time means the given one does not exist.
  if (!zoned.toPlainDateTime().equals(local)) return null;
  return new Date(zoned.epochMilliseconds);
}

/** The instant as date and time in a zone (ical-generator writes this as DTSTART;TZID=…). */
export function zonedDateTime(instant: Date, timeZone: string = AMSTERDAM_TIME_ZONE): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
}

/** 'YYYY-MM-DDTHH:mm' of an instant in a zone. */
export function formatWallClock(instant: Date, timeZone: string = AMSTERDAM_TIME_ZONE): string {
  return zonedDateTime(instant, timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

const dutchDay = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dutchTime = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as people in the Netherlands read it: 'donderdag 25 maart 2027 om 10:00' (Amsterdam time). */
export function formatDutchMoment(instant: Date): string {
  return `${dutchDay.format(instant)} om ${dutchTime.format(instant)}`;
}

/** The Amsterdam time of day of an instant: '10:00'. */
export function formatDutchTime(instant: Date): string {
  return dutchTime.format(instant);
}
