import { calendarDate as day, lastDayWaitingOver, workingDaysBetween } from '@app/shared';
import { DutchPublicHolidays } from './dutch-holidays';

/** R12: an application waits "over 5 working days"; Dutch public holidays are not working days. */
describe('working days around Dutch public holidays', () => {
  const holidays = new DutchPublicHolidays();
  const count = (from: string, to: string) => workingDaysBetween(day(from), day(to), holidays.has);

  it('takes the days date-holidays marks public; Goede Vrijdag and Bevrijdingsdag are working days', () => {
    for (const date of ['2026-01-01', '2026-04-05', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']) {
      expect({ date, holiday: holidays.has(day(date)) }).toEqual({ date, holiday: true });
    }
    for (const date of ['2026-04-03', '2026-05-05', '2026-05-04', '2026-12-24', '2026-12-31']) {
      expect({ date, holiday: holidays.has(day(date)) }).toEqual({ date, holiday: false });
    }
    // Koningsdag falls on 26 April when the 27th is a Sunday (2025).
    expect(holidays.has(day('2025-04-26'))).toBe(true);
    expect(holidays.has(day('2025-04-27'))).toBe(false);
  });

  it('Koningsdag 2026 (Monday 27 April) is skipped, Bevrijdingsdag (Tuesday 5 May) counts', () => {
    // Applied Friday 24 April: 28, 29, 30 April, 1, 4 and 5 May are the working days.
    expect(count('2026-04-24', '2026-04-27')).toBe(0);
    expect(count('2026-04-24', '2026-05-01')).toBe(4);
    expect(count('2026-04-24', '2026-05-04')).toBe(5);
    expect(count('2026-04-24', '2026-05-05')).toBe(6);
    expect(lastDayWaitingOver(day('2026-05-04'), 5, holidays.has)).toBe('2026-04-23');
    expect(lastDayWaitingOver(day('2026-05-05'), 5, holidays.has)).toBe('2026-04-27');
  });

  it('Easter 2026: Goede Vrijdag counts, Tweede paasdag does not', () => {
    // Applied Thursday 2 April: 3, 7, 8, 9, 10 and 13 April.
    expect(count('2026-04-02', '2026-04-06')).toBe(1);
    expect(count('2026-04-02', '2026-04-10')).toBe(5);
    expect(count('2026-04-02', '2026-04-13')).toBe(6);
    expect(lastDayWaitingOver(day('2026-04-13'), 5, holidays.has)).toBe('2026-04-02');
  });

  it('Christmas and New Year across the turn of the year', () => {
    // Applied Monday 22 December 2025: 23, 24, 29, 30, 31 December and 2 January.
    expect(count('2025-12-22', '2025-12-28')).toBe(2);
    expect(count('2025-12-22', '2025-12-31')).toBe(5);
    expect(count('2025-12-22', '2026-01-01')).toBe(5);
    expect(count('2025-12-22', '2026-01-02')).toBe(6);
    expect(lastDayWaitingOver(day('2026-01-02'), 5, holidays.has)).toBe('2025-12-22');
  });
});
