import { buildInterviewCalendar, interviewUid } from './interview-calendar';

const base = {
  interviewId: '6f1c1c7e-8d5b-4a43-9a4e-2a1b3c4d5e6f',
  sequence: 0,
  method: 'REQUEST' as const,
  durationMinutes: 60,
  location: 'Flevowijs, Stationsplein 1, Almere',
  summary: 'Selectiegesprek zij-instroom',
  description: 'Gezamenlijk selectiegesprek',
  organizer: { name: 'Flevowijs zij-instroom', email: 'zij-instroom@flevowijs.nl' },
  attendees: [{ name: 'Sanne de Vries', email: 'sanne@example.nl' }],
  stamp: new Date('2026-11-22T10:00:00Z'),
};

/** Unfolds RFC 5545 lines (a CRLF followed by a space continues the line). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('buildInterviewCalendar', () => {
  it('writes a winter start as Amsterdam wall-clock time with the VTIMEZONE, UTC DTSTAMP', () => {
    const ics = lines(buildInterviewCalendar({ ...base, startsAt: new Date('2027-03-25T09:00:00Z') }));
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${interviewUid(base.interviewId)}`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270325T100000');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20270325T110000');
    expect(ics).toContain('DTSTAMP:20261122T100000Z');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('TZID:Europe/Amsterdam');
    // From the maintained tz database package, with the EU rules for summer and winter time.
    expect(ics).toContain('TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Amsterdam');
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(ics.filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(ics.filter((line) => line.includes('\n') || line.includes('\r'))).toEqual([]);
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics.some((line) => line.startsWith('ATTENDEE') && /mailto:sanne@example.nl/i.test(line))).toBe(true);
    expect(ics.some((line) => line.startsWith('ORGANIZER') && /mailto:zij-instroom@flevowijs.nl/i.test(line))).toBe(true);
  });

  it('writes a summer start in summer time and an end across the switch correctly', () => {
    const summer = lines(buildInterviewCalendar({ ...base, startsAt: new Date('2027-03-28T08:00:00Z') }));
    expect(summer).toContain('DTSTART;TZID=Europe/Amsterdam:20270328T100000');
    // 00:30 CET plus three hours crosses 02:00 → 03:00: the end is 04:30 CEST.
    const across = lines(buildInterviewCalendar({ ...base, durationMinutes: 180, startsAt: new Date('2027-03-27T23:30:00Z') }));
    expect(across).toContain('DTSTART;TZID=Europe/Amsterdam:20270328T003000');
    expect(across).toContain('DTEND;TZID=Europe/Amsterdam:20270328T043000');
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED and the given sequence', () => {
    const ics = lines(buildInterviewCalendar({ ...base, method: 'CANCEL', sequence: 2, startsAt: new Date('2027-10-31T09:00:00Z') }));
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20271031T100000');
  });
});
