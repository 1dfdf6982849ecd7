import { addDays, addMonths, calendarDate, type CalendarDate } from '@app/shared';
import { NORM_CHECK_MONTHS, noSessionDueOn, normCheckStarts, normCheckWindow, quietSinceWindow, studyYearOfCheck } from './coaching-reminder.policy';

describe('coaching reminder policy (R12)', () => {
  it('a gap reaches 28 days on quiet_since + 28; a sweep reads the gaps that reached it in the last 14 days', () => {
    expect(noSessionDueOn(calendarDate('2025-10-20'))).toBe('2025-11-17');
    expect(quietSinceWindow(calendarDate('2025-11-17'))).toEqual({ from: '2025-10-06', to: '2025-10-20' });
  });

  it('checks the norm monthly from the start: the starts whose check day lies in the window, month ends clamped', () => {
    const starts = normCheckStarts(calendarDate('2025-02-28'));
    // One month after 25–31 January is 25–28 February (29–31 January all check on 28 February).
    expect(starts.filter((start) => start.months === 1).map((start) => start.startDate)).toEqual([
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
    // Never on the first day of a study year (12 months), nor past the second.
    expect(new Set(starts.map((start) => start.months)).has(12)).toBe(false);
    expect(Math.max(...starts.map((start) => start.months))).toBe(23);
    // Each start checks once in a window.
    expect(new Set(starts.map((start) => start.startDate)).size).toBe(starts.length);
  });

  it('finds exactly the starts whose check day lies in the window, on every day around month ends and a leap day', () => {
    // By brute force: every start in a wide range, checked forward.
    const bruteForce = (day: CalendarDate) => {
      const window = normCheckWindow(day);
      const found: string[] = [];
      for (const months of NORM_CHECK_MONTHS) {
        for (let start = addMonths(window.from, -months - 1); start <= addMonths(window.to, -months + 1); start = addDays(start, 1)) {
          const check = addMonths(start, months);
          if (window.from <= check && check <= window.to) found.push(`${start}+${months}`);
        }
      }
      return found.sort();
    };
    for (const day of ['2027-02-28', '2027-03-01', '2027-03-03', '2028-02-29', '2028-03-02', '2027-04-30', '2027-05-31', '2027-12-31'] as CalendarDate[]) {
      expect(
        normCheckStarts(day)
          .map((start) => `${start.startDate}+${start.months}`)
          .sort(),
      ).toEqual(bruteForce(day));
    }
  });

  it('puts months 1–11 in study year 1 and 13–23 in study year 2', () => {
    expect([1, 11, 13, 23].map(studyYearOfCheck)).toEqual([1, 1, 2, 2]);
  });
});
