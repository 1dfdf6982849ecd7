import { addDays, addMonths, calendarDate, isCalendarDate, parseCalendarDate, startOfDay, today } from './calendar-date';

describe('calendar dates', () => {
  it('parses only existing days written as YYYY-MM-DD', () => {
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(parseCalendarDate('2024-08-01')).toBe('2024-08-01');
    for (const text of [
      '2024-02-30',
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2024-08-01\u00a0',
      ' 2024-08-01',
      '2024-08-01 ',
      '20240801',
      '+002024-08-01',
      '2024-8-1',
      '2026-03-02T00:00:00Z',
      '2024-08-01T10:00',
      '',
    ]) {
      expect(parseCalendarDate(text)).toBeNull();
      expect(isCalendarDate(text)).toBe(false);
    }
    expect(() => calendarDate('2024-02-30')).toThrow(RangeError);
  });

  it('takes the Amsterdam day, not the UTC day, around midnight', () => {
    expect(today(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02'); // 00:30 CET
    expect(today(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02'); // 00:30 CEST
    expect(today(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(today(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(today(new Date('2027-12-31T22:59:59Z'))).toBe('2027-12-31');
    expect(today(new Date('2027-12-31T23:00:00Z'))).toBe('2028-01-01');
    expect(today(new Date('2027-12-31T23:00:00Z'), 'UTC')).toBe('2027-12-31');
  });

  it('adds days across months, years, 29 February and the clock change', () => {
    expect(addDays(calendarDate('2026-03-28'), 2)).toBe('2026-03-30');
    expect(addDays(calendarDate('2027-03-27'), 1)).toBe('2027-03-28');
    expect(addDays(calendarDate('2026-03-02'), -1)).toBe('2026-03-01');
    expect(addDays(calendarDate('2027-12-31'), 1)).toBe('2028-01-01');
    expect(addDays(calendarDate('2028-03-01'), -1)).toBe('2028-02-29');
    expect(addDays(calendarDate('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(calendarDate('2027-02-28'), 1)).toBe('2027-03-01');
  });

  it('refuses to compute with a day that does not exist', () => {
    expect(() => addDays('2026-02-30' as never, 1)).toThrow(RangeError);
    expect(() => addMonths('2026-02-30' as never, 1)).toThrow(RangeError);
  });

  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths(calendarDate('2023-11-30'), 3)).toBe('2024-02-29');
    expect(addMonths(calendarDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(calendarDate('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(calendarDate('2024-02-29'), 12)).toBe('2025-02-28');
    expect(addMonths(calendarDate('2024-02-29'), 48)).toBe('2028-02-29');
    expect(addMonths(calendarDate('2025-08-31'), 24)).toBe('2027-08-31');
    expect(addMonths(calendarDate('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonths(calendarDate('2025-12-15'), 1)).toBe('2026-01-15');
  });

  it('gives the instant a day begins in Amsterdam, on clock-change days too', () => {
    expect(startOfDay(calendarDate('2027-01-15')).toISOString()).toBe('2027-01-14T23:00:00.000Z');
    expect(startOfDay(calendarDate('2027-07-15')).toISOString()).toBe('2027-07-14T22:00:00.000Z');
    expect(startOfDay(calendarDate('2027-03-28')).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(startOfDay(calendarDate('2027-03-29')).toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(startOfDay(calendarDate('2027-10-31')).toISOString()).toBe('2027-10-30T22:00:00.000Z');
  });
});
