import { calendarDate } from '@app/shared';
import { endReminderDueOn, isDueWithinLookback, plannedEndWindow, uitvalCrossing, yearOneStartWindow, yearOneSurveyDueOn } from './reminder.policy';

describe('reminder policy (R12)', () => {
  it('a reminder months before the planned end is due on that day, month ends clamped', () => {
    expect(endReminderDueOn(calendarDate('2027-08-31'), 6)).toBe('2027-02-28');
    expect(endReminderDueOn(calendarDate('2027-08-31'), 3)).toBe('2027-05-31');
    expect(endReminderDueOn(calendarDate('2027-08-31'), 1)).toBe('2027-07-31');
  });

  it('stays due for 14 days after its day, not before', () => {
    const due = calendarDate('2027-02-28');
    expect(isDueWithinLookback(due, calendarDate('2027-02-27'))).toBe(false);
    expect(isDueWithinLookback(due, due)).toBe(true);
    expect(isDueWithinLookback(due, calendarDate('2027-03-14'))).toBe(true);
    expect(isDueWithinLookback(due, calendarDate('2027-03-15'))).toBe(false);
  });

  it('the planned-end window holds every planned end whose reminder is due', () => {
    for (const day of ['2027-02-28', '2027-03-01', '2027-03-14', '2027-12-31'].map(calendarDate)) {
      const window = plannedEndWindow(day, 6);
      for (let offset = -400; offset < 400; offset += 1) {
        const plannedEnd = calendarDate(new Date(Date.UTC(2027, 8, 1) + offset * 86_400_000).toISOString().slice(0, 10));
        if (isDueWithinLookback(endReminderDueOn(plannedEnd, 6), day)) {
          expect(plannedEnd >= window.from && plannedEnd <= window.to).toBe(true);
        }
      }
    }
  });

  it('the survey of study year 1 is due the day after its last day, within the start window', () => {
    expect(yearOneSurveyDueOn(calendarDate('2025-09-01'))).toBe('2026-09-01');
    const window = yearOneStartWindow(calendarDate('2026-09-01'));
    expect('2025-09-01' >= window.from && '2025-09-01' <= window.to).toBe(true);
  });

  it('uitval: tells once per crossing of the threshold, again only after dropping below', () => {
    expect(uitvalCrossing(null, 9.9, 10)).toEqual({ reached: false, alert: false });
    expect(uitvalCrossing(false, 10, 10)).toEqual({ reached: true, alert: true });
    expect(uitvalCrossing(true, 12.5, 10)).toEqual({ reached: true, alert: false });
    expect(uitvalCrossing(true, 9.5, 10)).toEqual({ reached: false, alert: false });
    expect(uitvalCrossing(false, 11, 10)).toEqual({ reached: true, alert: true });
    expect(uitvalCrossing(null, null, 10)).toEqual({ reached: false, alert: false });
  });
});
