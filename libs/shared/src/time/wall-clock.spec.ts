import { formatDutchMoment, formatDutchTime, formatWallClock, parseWallClock, wallClockToInstant, zonedDateTime } from './wall-clock';

function toInstant(local: string): string | null {
  const clock = parseWallClock(local);
  if (!clock) throw new Error(`not parsed: ${local}`);
  return wallClockToInstant(clock)?.toISOString() ?? null;
}

describe('Amsterdam wall-clock time', () => {
  it.each([
    ['2027-01-15T10:00', '2027-01-15T09:00:00.000Z'], // winter: CET, UTC+1
    ['2027-07-15T10:00', '2027-07-15T08:00:00.000Z'], // summer: CEST, UTC+2
    ['2027-03-27T10:00', '2027-03-27T09:00:00.000Z'], // the Saturday before the spring switch
    ['2027-03-28T10:00', '2027-03-28T08:00:00.000Z'], // the Sunday of the spring switch
    ['2027-03-28T01:59', '2027-03-28T00:59:00.000Z'], // just before the gap
    ['2027-03-28T03:00', '2027-03-28T01:00:00.000Z'], // just after the gap
    ['2027-10-30T10:00', '2027-10-30T08:00:00.000Z'], // the Saturday before the autumn switch
    ['2027-10-31T10:00', '2027-10-31T09:00:00.000Z'], // the Sunday of the autumn switch
    ['2027-10-31T02:30', '2027-10-31T00:30:00.000Z'], // happens twice: the first (summer-time) one
    ['2027-12-31T23:30', '2027-12-31T22:30:00.000Z'],
    ['2028-02-29T09:15', '2028-02-29T08:15:00.000Z'], // a leap day
  ])('%s in Amsterdam is %s', (local, utc) => {
    expect(toInstant(local)).toBe(utc);
    expect(formatWallClock(new Date(utc))).toBe(local);
  });

  it.each(['2027-03-28T02:00', '2027-03-28T02:30', '2027-03-28T02:59', '2026-03-29T02:15'])('refuses %s: it does not exist (spring forward)', (local) => {
    expect(toInstant(local)).toBeNull();
  });

  it.each([
    '2027-02-29T10:00',
    '2027-04-31T10:00',
    '2027-13-01T10:00',
    '2027-01-01T24:00',
    '2027-01-01T10:60',
    '2027-01-01 10:00',
    '2027-01-01T10:00Z',
    '2027-01-01T10:00:00',
    '2027-01-01T10:00\u00a0',
    '27-01-01T10:00',
    '',
  ])('does not parse %j', (text) => {
    expect(parseWallClock(text)).toBeNull();
  });

  it('parses a leap day', () => {
    const clock = parseWallClock('2028-02-29T09:15');
    expect([clock?.year, clock?.month, clock?.day, clock?.hour, clock?.minute, clock?.second]).toEqual([2028, 2, 29, 9, 15, 0]);
  });

  it('gives the zoned time of an instant, with the second 02:30 of the autumn night in winter time', () => {
    expect(zonedDateTime(new Date('2027-10-31T00:30:00Z')).offset).toBe('+02:00');
    const second = zonedDateTime(new Date('2027-10-31T01:30:00Z'));
    expect([second.hour, second.minute, second.offset, second.timeZoneId]).toEqual([2, 30, '+01:00', 'Europe/Amsterdam']);
  });

  it('writes an instant the Dutch way in Amsterdam time, summer and winter', () => {
    expect(formatDutchMoment(new Date('2027-03-25T09:00:00Z'))).toBe('donderdag 25 maart 2027 om 10:00');
    expect(formatDutchMoment(new Date('2027-07-15T07:05:00Z'))).toBe('donderdag 15 juli 2027 om 09:05');
    expect(formatDutchTime(new Date('2027-10-31T23:30:00Z'))).toBe('00:30');
  });
});
