import { calendarDate as day } from './calendar-date';
import { isWorkingDay, lastDayWaitingOver, workingDaysBetween } from './working-days';

const noHolidays = () => false;

describe('working days (Monday to Friday, not a public holiday)', () => {
  it('skips the weekend and the given holidays', () => {
    expect(isWorkingDay(day('2026-03-13'), noHolidays)).toBe(true); // Friday
    expect(isWorkingDay(day('2026-03-14'), noHolidays)).toBe(false); // Saturday
    expect(isWorkingDay(day('2026-03-15'), noHolidays)).toBe(false); // Sunday
    expect(isWorkingDay(day('2026-03-16'), (date) => date === '2026-03-16')).toBe(false);
  });

  it('counts the working days after the first day up to and including the last', () => {
    // Applied on a Friday: the next Monday is the first working day of waiting.
    expect(workingDaysBetween(day('2026-03-13'), day('2026-03-13'), noHolidays)).toBe(0);
    expect(workingDaysBetween(day('2026-03-13'), day('2026-03-15'), noHolidays)).toBe(0);
    expect(workingDaysBetween(day('2026-03-13'), day('2026-03-16'), noHolidays)).toBe(1);
    expect(workingDaysBetween(day('2026-03-13'), day('2026-03-20'), noHolidays)).toBe(5);
    expect(workingDaysBetween(day('2026-03-13'), day('2026-03-23'), noHolidays)).toBe(6);
    expect(workingDaysBetween(day('2026-03-20'), day('2026-03-13'), noHolidays)).toBe(0);
  });

  it('finds the last day from which more than n working days have passed, consistent with the count', () => {
    for (const today of ['2026-03-16', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23'].map(day)) {
      const last = lastDayWaitingOver(today, 5, noHolidays);
      expect(workingDaysBetween(last, today, noHolidays)).toBeGreaterThan(5);
      // The day after it has not waited that long.
      const next = day(new Date(Date.parse(`${last}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      expect(workingDaysBetween(next, today, noHolidays)).toBeLessThanOrEqual(5);
    }
    expect(lastDayWaitingOver(day('2026-03-23'), 5, noHolidays)).toBe('2026-03-15');
  });

  it('refuses a calendar without working days instead of looping', () => {
    expect(() => lastDayWaitingOver(day('2026-03-23'), 5, () => true)).toThrow(RangeError);
  });
});
