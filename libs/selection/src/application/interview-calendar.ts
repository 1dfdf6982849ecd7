import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { AMSTERDAM_TIME_ZONE, zonedDateTime } from '@app/shared';

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

/** An invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) as iCalendar text. */
export function buildInterviewCalendar(input: InterviewCalendarInput): string {
  // The calendar has no time zone of its own (so DTSTAMP stays UTC); the generator adds the
  // VTIMEZONE of the event's zone from the tz database (tzurl.org) that @touch4it/ical-timezones ships.
  const calendar = new ICalCalendar({
    prodId: { company: 'Flevowijs', product: 'zij-instroom', language: 'NL' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const end = new Date(input.startsAt.getTime() + input.durationMinutes * 60_000);
  const event = calendar.createEvent({
    id: interviewUid(input.interviewId),
    sequence: input.sequence,
    stamp: input.stamp,
    // A zoned date-time, not a Date: a Date would be written in the server's own time zone.
    start: zonedDateTime(input.startsAt, AMSTERDAM_TIME_ZONE),
    end: zonedDateTime(end, AMSTERDAM_TIME_ZONE),
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
