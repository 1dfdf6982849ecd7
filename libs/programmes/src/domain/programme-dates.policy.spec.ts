import { calendarDate } from '@app/shared';
import { attentionOn, cohortOf, monthsLeft, phaseOn, plannedEndOf, studyYearEndsOn, studyYearOn } from './programme-dates.policy';

const day = calendarDate;

describe('programme dates', () => {
  describe('planned end = start + the route duration − 1 day', () => {
    it.each([
      ['2025-10-01', 24, 0, '2027-09-30'], // the Ad PEP group of 1 October 2025
      ['2025-08-01', 24, 0, '2027-07-31'],
      ['2025-08-31', 24, 0, '2027-08-30'],
      ['2025-01-31', 24, 0, '2027-01-30'],
      ['2024-02-29', 24, 0, '2026-02-27'], // 29 Feb 2024 + 24 months is 28 Feb 2026 (clamped), the day before is the last
      ['2023-03-01', 12, 0, '2024-02-29'], // ends on 29 February in a leap year
      ['2025-10-01', 24, 6, '2028-03-31'], // an extension of 6 months moves the end
      ['2025-08-31', 24, 6, '2028-02-28'], // 31 Aug 2025 + 30 months is 29 Feb 2028 (clamped)
      ['2025-10-01', 24, 1, '2027-10-31'],
    ])('from %s over %i months (+%i extension) through %s', (start, months, extension, end) => {
      expect(plannedEndOf(day(start), months, extension)).toBe(end);
    });
  });

  describe('phase (R8): soft landing, year 1, year 2, overdue', () => {
    const programme = { startDate: day('2025-10-01'), placementStartDate: day('2025-09-01'), originalPlannedEnd: day('2027-09-30') };
    it.each([
      ['2025-09-30', null], // before the programme starts
      ['2025-10-01', 'soft_landing'],
      ['2025-11-30', 'soft_landing'], // the placement's first 3 months run through 30 November
      ['2025-12-01', 'year_1'],
      ['2026-09-30', 'year_1'],
      ['2026-10-01', 'year_2'],
      ['2027-09-30', 'year_2'], // the last day of the term
      ['2027-10-01', 'overdue'],
      ['2028-02-29', 'overdue'],
    ])('on %s: %s', (date, phase) => {
      expect(phaseOn(programme, day(date))).toBe(phase);
    });

    it('ends the soft landing at placement start + 3 months, clamped at month ends and 29 February', () => {
      const from = (placementStart: string, start: string) => ({
        startDate: day(start),
        placementStartDate: day(placementStart),
        originalPlannedEnd: plannedEndOf(day(start), 24),
      });
      // 30 Nov 2023 + 3 months = 29 Feb 2024: the soft landing runs through 28 February.
      expect(phaseOn(from('2023-11-30', '2023-12-01'), day('2024-02-28'))).toBe('soft_landing');
      expect(phaseOn(from('2023-11-30', '2023-12-01'), day('2024-02-29'))).toBe('year_1');
      // 30 Nov 2024 + 3 months = 28 Feb 2025.
      expect(phaseOn(from('2024-11-30', '2024-12-01'), day('2025-02-27'))).toBe('soft_landing');
      expect(phaseOn(from('2024-11-30', '2024-12-01'), day('2025-02-28'))).toBe('year_1');
      // 31 May + 3 months = 31 August.
      expect(phaseOn(from('2025-05-31', '2025-06-01'), day('2025-08-30'))).toBe('soft_landing');
      expect(phaseOn(from('2025-05-31', '2025-06-01'), day('2025-08-31'))).toBe('year_1');
    });

    it('keeps the phase boundaries where they were when the term is extended', () => {
      // An extension moves planned_end, not original_planned_end: the day after the original end is overdue.
      expect(phaseOn(programme, day('2027-10-01'))).toBe('overdue');
      expect(phaseOn({ ...programme, placementStartDate: day('2025-10-01') }, day('2025-12-31'))).toBe('soft_landing');
    });
  });

  describe('study year: 1 for months 0–12, 2 for months 12–24', () => {
    it.each([
      ['2025-10-01', '2025-09-30', null],
      ['2025-10-01', '2025-10-01', 1],
      ['2025-10-01', '2026-09-30', 1],
      ['2025-10-01', '2026-10-01', 2],
      ['2025-10-01', '2027-09-30', 2],
      ['2025-10-01', '2027-10-01', 3], // past the second year (overdue)
      ['2024-02-29', '2025-02-27', 1], // 29 Feb 2024 + 12 months is 28 Feb 2025
      ['2024-02-29', '2025-02-28', 2],
      ['2024-02-29', '2026-02-27', 2],
      ['2024-02-29', '2026-02-28', 3],
      ['2025-01-31', '2026-01-30', 1], // month ends: 31 January + 12 months is 31 January
      ['2025-01-31', '2026-01-31', 2],
      ['2025-08-31', '2026-08-30', 1],
      ['2025-08-31', '2026-08-31', 2],
    ])('a programme from %s is on %s in year %s', (start, date, year) => {
      expect(studyYearOn(day(start), day(date))).toBe(year);
    });

    it('names the last day of each year', () => {
      expect(studyYearEndsOn(day('2025-10-01'), 1)).toBe('2026-09-30');
      expect(studyYearEndsOn(day('2025-10-01'), 2)).toBe('2027-09-30');
      expect(studyYearEndsOn(day('2024-02-29'), 1)).toBe('2025-02-27');
    });
  });

  describe('cohort: the school year of the start (31 July / 1 August)', () => {
    it.each([
      ['2025-07-31', '2024-2025'],
      ['2025-08-01', '2025-2026'],
      ['2025-10-01', '2025-2026'],
      ['2026-07-31', '2025-2026'],
      ['2026-08-01', '2026-2027'],
      ['2024-02-29', '2023-2024'],
    ])('a start on %s belongs to cohort %s', (start, cohort) => {
      expect(cohortOf(day(start))).toBe(cohort);
    });
  });

  it('counts the whole months left until the planned end', () => {
    const end = day('2027-09-30');
    expect(monthsLeft(day('2025-10-01'), end)).toBe(23);
    expect(monthsLeft(day('2025-09-30'), end)).toBe(24);
    expect(monthsLeft(day('2027-06-30'), end)).toBe(3);
    expect(monthsLeft(day('2027-07-01'), end)).toBe(2);
    expect(monthsLeft(day('2027-09-30'), end)).toBe(0);
    expect(monthsLeft(day('2027-10-15'), end)).toBe(0);
    expect(monthsLeft(day('2026-01-31'), day('2026-02-28'))).toBe(1); // 31 January + 1 month is 28 February
  });

  it('asks attention for a term ending within 3 months, a term passed, or no VOG; never once ended', () => {
    const end = day('2027-09-30');
    const running = (conductCertificateDate: string | null = '2025-09-01') => ({
      plannedEnd: end,
      conductCertificateDate: conductCertificateDate === null ? null : day(conductCertificateDate),
      running: true,
    });
    expect(attentionOn(running(), day('2027-06-30'))).toEqual([]);
    expect(attentionOn(running(), day('2027-07-01'))).toEqual(['term_ends_soon']);
    expect(attentionOn(running(), day('2027-09-30'))).toEqual(['term_ends_soon']);
    expect(attentionOn(running(), day('2027-10-01'))).toEqual(['term_passed']);
    expect(attentionOn(running(null), day('2026-01-01'))).toEqual(['no_conduct_certificate']);
    expect(attentionOn({ ...running(null), running: false }, day('2027-09-01'))).toEqual([]);
  });
});
