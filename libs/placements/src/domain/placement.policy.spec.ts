import { DomainError, calendarDate } from '@app/shared';
import { capacityStatus, checkEnd, inSoftLanding, isPlaceableStage, isValidFte, schoolYearOfStart, softLandingEndsOn } from './placement.policy';

describe('placement policy', () => {
  describe('soft landing: the first 3 calendar months', () => {
    it.each([
      ['2023-12-01', '2024-02-29'], // through 29 February in a leap year
      ['2023-11-30', '2024-02-28'], // 30 November + 3 months is 29 February (clamped), the day before is the last
      ['2024-11-30', '2025-02-27'], // 30 November + 3 months is 28 February in a common year
      ['2023-11-29', '2024-02-28'],
      ['2024-12-01', '2025-02-28'],
      ['2025-08-01', '2025-10-31'],
      ['2025-10-31', '2026-01-30'], // 31 October + 3 months is 31 January
      ['2025-05-31', '2025-08-30'], // 31 May + 3 months is 31 August
      ['2025-11-30', '2026-02-27'],
      ['2026-01-31', '2026-04-29'], // 31 January + 3 months is 30 April (clamped)
      ['2026-12-15', '2027-03-14'], // across the year end
    ])('from %s through %s', (start, end) => {
      expect(softLandingEndsOn(calendarDate(start))).toBe(end);
    });

    it('holds from the start through its last day, not a day after', () => {
      const start = calendarDate('2023-12-01');
      expect(inSoftLanding(start, calendarDate('2023-11-30'))).toBe(false);
      expect(inSoftLanding(start, start)).toBe(true);
      expect(inSoftLanding(start, calendarDate('2024-02-29'))).toBe(true);
      expect(inSoftLanding(start, calendarDate('2024-03-01'))).toBe(false);
      expect(inSoftLanding(calendarDate('2023-11-30'), calendarDate('2024-02-29'))).toBe(false);
    });
  });

  describe('the school year whose place a supernumerary placement takes', () => {
    it.each([
      ['2025-07-31', '2024-2025'],
      ['2025-08-01', '2025-2026'],
      ['2026-07-31', '2025-2026'],
      ['2026-08-01', '2026-2027'],
      ['2024-02-29', '2023-2024'],
    ])('a start on %s is in %s', (start, year) => {
      expect(schoolYearOfStart(calendarDate(start)).label).toBe(year);
    });
  });

  it('accepts an FTE from 0.1 to 1.0 in steps of 0.1', () => {
    for (const fte of [0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 1, 1.0]) expect(isValidFte(fte)).toBe(true);
    for (const fte of [0, 0.05, 0.15, 1.1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, 0.99]) expect(isValidFte(fte)).toBe(false);
  });

  it('places from interview_passed on, until the path closes', () => {
    for (const stage of ['interview_passed', 'in_assessment', 'assessment_passed', 'in_programme']) expect(isPlaceableStage(stage)).toBe(true);
    for (const stage of ['applied', 'screening', 'interview_scheduled', 'rejected', 'withdrawn', 'qualified', 'dropped_out', 'term_expired']) {
      expect(isPlaceableStage(stage)).toBe(false);
    }
  });

  it('names how the used places stand against the declared ones', () => {
    expect(capacityStatus(null, 0)).toBe('undeclared');
    expect(capacityStatus(3, 2)).toBe('under');
    expect(capacityStatus(3, 3)).toBe('full');
    expect(capacityStatus(0, 0)).toBe('full');
    expect(capacityStatus(2, 3)).toBe('over');
  });

  it('ends a placement on or after its start and not in the future', () => {
    const context = { startDate: '2025-09-01', today: calendarDate('2026-01-15') };
    expect(() => checkEnd(calendarDate('2025-09-01'), context)).not.toThrow();
    expect(() => checkEnd(calendarDate('2026-01-15'), context)).not.toThrow();
    for (const endedOn of ['2025-08-31', '2026-01-16']) {
      const refusal = (() => {
        try {
          checkEnd(calendarDate(endedOn), context);
        } catch (error) {
          return error;
        }
        return null;
      })();
      expect(refusal).toBeInstanceOf(DomainError);
      expect((refusal as DomainError).fields.map((problem) => problem.field)).toEqual(['endedOn']);
    }
  });
});
