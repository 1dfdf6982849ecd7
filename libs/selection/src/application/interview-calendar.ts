import {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalTemporalInstantStub,
  type ICalTemporalPlainDateStub,
  type ICalTemporalPlainDateTimeStub,
  type ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { AMSTERDAM_TIME_ZONE, wallClockAt, type WallClock } from '../domain/amsterdam-time';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface InterviewCalendarInput {
  interviewId: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  startsAt: Date;
  durationMinutes: number;
  location: string;
  summary: string;
  description: string;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** When this version of the invitation was made (DTSTAMP). */
  stamp: Date;
}

/** The same UID for every version of one interview, so calendars update and cancel the one event. */
export function interviewUid(interviewId: string): string {
  return `interview-${interviewId}@zij-instroom.flevowijs.nl`;
}

/**
 * VTIMEZONE for Europe/Amsterdam (EU rules since 1996: summer time from the last Sunday of March
 * 02:00 to the last Sunday of October 03:00). Written by hand because no time-zone database
 * package is installed; clients need it to read DTSTART;TZID=Europe/Amsterdam.
 */
export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** An invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) as iCalendar text. */
export function buildInterviewCalendar(input: InterviewCalendarInput): string {
  // The calendar has no time zone of its own (so DTSTAMP stays UTC); the generator adds the
  // VTIMEZONE for the event's zone.
  const calendar = new ICalCalendar({
    prodId: { company: 'Flevowijs', product: 'zij-instroom', language: 'NL' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: (zone) => (zone === AMSTERDAM_TIME_ZONE ? AMSTERDAM_VTIMEZONE : null) },
  });
  const end = new Date(input.startsAt.getTime() + input.durationMinutes * 60_000);
  const event = calendar.createEvent({
    id: interviewUid(input.interviewId),
    sequence: input.sequence,
    stamp: input.stamp,
    start: amsterdamDateTime(input.startsAt),
    end: amsterdamDateTime(end),
    timezone: AMSTERDAM_TIME_ZONE,
    summary: input.summary,
    description: input.description,
    location: input.location,
    organizer: input.organizer,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  for (const attendee of input.attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: input.method === 'REQUEST',
    });
  }
  return calendar.toString();
}

/**
 * The instant as Amsterdam wall-clock time in the Temporal.ZonedDateTime shape that
 * ical-generator formats without the process's own time zone (a native Date would be written in
 * the server's local time). Only Europe/Amsterdam is supported.
 */
function amsterdamDateTime(instant: Date): ICalTemporalZonedDateTimeStub {
  const clock = wallClockAt(instant);
  const text = `${instant.toISOString()}[${AMSTERDAM_TIME_ZONE}]`;
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...clock,
    timeZoneId: AMSTERDAM_TIME_ZONE,
    toInstant: () => instantStub(instant, zoned),
    toPlainDateTime: () => plainDateTime(clock, zoned),
    withTimeZone: (zone) => {
      if (zone !== AMSTERDAM_TIME_ZONE) throw new Error(`Only ${AMSTERDAM_TIME_ZONE} is supported, not ${zone}`);
      return zoned;
    },
    toJSON: () => text,
    toString: () => text,
  };
  return zoned;
}

function instantStub(instant: Date, zoned: ICalTemporalZonedDateTimeStub): ICalTemporalInstantStub {
  return {
    epochMilliseconds: instant.getTime(),
    toZonedDateTimeISO: () => zoned,
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
  };
}

function plainDateTime(clock: WallClock, zoned: ICalTemporalZonedDateTimeStub): ICalTemporalPlainDateTimeStub {
  const text = `${clock.year}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
  const date: ICalTemporalPlainDateStub = {
    year: clock.year,
    month: clock.month,
    day: clock.day,
    toJSON: () => text.slice(0, 10),
    toString: () => text.slice(0, 10),
  };
  return { ...clock, toPlainDate: () => date, toZonedDateTime: () => zoned, toJSON: () => text, toString: () => text };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
