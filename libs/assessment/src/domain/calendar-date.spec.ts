import { addDays, calendarDateIn, isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it('takes the Amsterdam day, not the UTC day, around midnight', () => {
    expect(calendarDateIn(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02'); // 00:30 CET
    expect(calendarDateIn(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02'); // 00:30 CEST
    expect(calendarDateIn(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('knows which dates exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-03-02T00:00:00Z')).toBe(false);
  });

  it('adds days over the daylight-saving change', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-02', -1)).toBe('2026-03-01');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
