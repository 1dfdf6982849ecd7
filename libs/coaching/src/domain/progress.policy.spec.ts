import { calendarDate } from '@app/shared';
import { daysFromTo, progressPerStudyYear, yearNormHours, type Norm, type SessionTime, type StudyYearSpan } from './progress.policy';

// Two study years of 365 and 366 days (the second holds 29 February 2028), and a third without a norm.
const YEARS: StudyYearSpan[] = [
  { studyYear: 1, from: calendarDate('2026-08-01'), to: calendarDate('2027-07-31') },
  { studyYear: 2, from: calendarDate('2027-08-01'), to: calendarDate('2028-07-31') },
  { studyYear: 3, from: calendarDate('2028-08-01'), to: calendarDate('2029-07-31') },
];

function progress(asOf: string, norms: Norm[], sessions: SessionTime[] = [], weeksPerStudyYear = 40) {
  return progressPerStudyYear({ years: YEARS, asOf: calendarDate(asOf), sessions, norms, weeksPerStudyYear });
}

/** One hour of norm per calendar day of a 365-day year: the hours due equal the days passed. */
const HOUR_A_DAY: Norm = { studyYear: 1, hoursPerUnit: 365, unit: 'studyYear' };

describe('days between two dates', () => {
  it('counts calendar days with both ends included, across month ends and leap days', () => {
    expect(daysFromTo('2026-08-01', '2026-08-01')).toBe(1);
    expect(daysFromTo('2026-08-31', '2026-09-01')).toBe(2);
    expect(daysFromTo('2028-02-01', '2028-02-29')).toBe(29);
    expect(daysFromTo('2027-02-01', '2027-02-28')).toBe(28);
    // The clocks go forward on 28 March 2027: still whole days.
    expect(daysFromTo('2027-03-01', '2027-03-31')).toBe(31);
    expect(daysFromTo('2026-08-01', '2027-07-31')).toBe(365);
    expect(daysFromTo('2027-08-01', '2028-07-31')).toBe(366);
  });
});

describe('year norm', () => {
  it('is per week × the school weeks, per month × 12, or the study year norm itself', () => {
    expect(yearNormHours({ studyYear: 1, hoursPerUnit: 2, unit: 'week' }, 40)).toBe(80);
    expect(yearNormHours({ studyYear: 1, hoursPerUnit: 2, unit: 'week' }, 38)).toBe(76);
    expect(yearNormHours({ studyYear: 1, hoursPerUnit: 5, unit: 'month' }, 40)).toBe(60);
    expect(yearNormHours({ studyYear: 1, hoursPerUnit: 70, unit: 'studyYear' }, 40)).toBe(70);
  });
});

describe('progress per study year, pro rata by calendar days', () => {
  it('is due one day of the norm on the first day of the year', () => {
    const [first] = progress('2026-08-01', [HOUR_A_DAY]);
    expect(first).toMatchObject({ studyYear: 1, normHours: 365, dueHours: 1, loggedHours: 0, percentOfDue: 0, behind: true });
  });

  it('counts up to and including the month end', () => {
    expect(progress('2026-08-31', [HOUR_A_DAY])[0].dueHours).toBe(31);
    expect(progress('2026-09-01', [HOUR_A_DAY])[0].dueHours).toBe(32);
    expect(progress('2026-12-31', [HOUR_A_DAY])[0].dueHours).toBe(153);
    expect(progress('2027-02-28', [HOUR_A_DAY])[0].dueHours).toBe(212);
  });

  it('divides by the days of the year, 366 in a year with a leap day', () => {
    // 5 hours a month = 60 a year; 1 August 2027 to 29 February 2028 is 213 of 366 days.
    const norms: Norm[] = [{ studyYear: 2, hoursPerUnit: 5, unit: 'month' }];
    const second = progress('2028-02-29', norms).find((year) => year.studyYear === 2);
    expect(second).toMatchObject({ normHours: 60, dueHours: Math.round(((60 * 213) / 366) * 100) / 100 });
    expect(second?.dueHours).toBe(34.92);
  });

  it('owes the whole norm of a year that has ended, and the first day of the next year on its first day', () => {
    const norms: Norm[] = [HOUR_A_DAY, { studyYear: 2, hoursPerUnit: 2, unit: 'week' }];
    const lastDay = progress('2027-07-31', norms);
    expect(lastDay.map((year) => year.studyYear)).toEqual([1]);
    expect(lastDay[0].dueHours).toBe(365);

    const nextYear = progress('2027-08-01', norms);
    expect(nextYear.map((year) => year.studyYear)).toEqual([1, 2]);
    expect(nextYear[0].dueHours).toBe(365);
    expect(nextYear[1]).toMatchObject({ normHours: 80, dueHours: Math.round(((80 * 1) / 366) * 100) / 100 });
  });

  it('counts a session in the study year that holds its date', () => {
    const sessions: SessionTime[] = [
      { date: '2026-07-31', minutes: 600 }, // before the programme: no year
      { date: '2026-08-01', minutes: 60 },
      { date: '2027-07-31', minutes: 90 },
      { date: '2027-08-01', minutes: 45 },
      { date: '2028-07-31', minutes: 30 },
      { date: '2028-08-01', minutes: 120 },
    ];
    const years = progress('2028-09-01', [HOUR_A_DAY], sessions);
    expect(years.map((year) => [year.studyYear, year.loggedHours])).toEqual([
      [1, 2.5],
      [2, 1.25],
      [3, 2],
    ]);
  });

  it('has no norm past the second year, nor for a year without one', () => {
    const norms: Norm[] = [HOUR_A_DAY, { studyYear: 3, hoursPerUnit: 2, unit: 'week' }];
    const years = progress('2028-09-01', norms, [{ date: '2028-08-15', minutes: 60 }]);
    expect(years[1]).toMatchObject({ studyYear: 2, normHours: null, dueHours: null, percentOfDue: null, behind: false });
    expect(years[2]).toMatchObject({ studyYear: 3, normHours: null, dueHours: null, loggedHours: 1, percentOfDue: null, behind: false });
  });

  it('is behind only below 75% of the pro-rata norm', () => {
    // 153 hours due on 31 December; 75% of that is 114.75 hours = 6885 minutes.
    const atThreshold = progress('2026-12-31', [HOUR_A_DAY], [{ date: '2026-10-01', minutes: 6885 }])[0];
    expect(atThreshold).toMatchObject({ dueHours: 153, loggedHours: 114.75, percentOfDue: 75, behind: false });
    const justBelow = progress('2026-12-31', [HOUR_A_DAY], [{ date: '2026-10-01', minutes: 6884 }])[0];
    expect(justBelow.behind).toBe(true);
    expect(justBelow.percentOfDue).toBe(75);
  });

  it('gives no percentage when nothing is due', () => {
    const [first] = progress('2026-12-31', [{ studyYear: 1, hoursPerUnit: 0, unit: 'week' }], [{ date: '2026-09-01', minutes: 60 }]);
    expect(first).toMatchObject({ normHours: 0, dueHours: 0, loggedHours: 1, percentOfDue: null, behind: false });
  });

  it('rounds the percentage to one decimal', () => {
    // 10 hours of 31 due = 32.258…%.
    const [first] = progress('2026-08-31', [HOUR_A_DAY], [{ date: '2026-08-10', minutes: 600 }]);
    expect(first.percentOfDue).toBe(32.3);
  });
});
