import { addDays, calendarDate, startOfDay, type CalendarDate } from '@app/shared';
import { applicantErasureDay, latestErasableClosingDay, latestErasableProgrammeEnd, retentionCutoffs } from './retention.policy';

const day = calendarDate;

describe('R13 retention of closed applicants', () => {
  it('without consent: kept 27 days after closing, erased from the 28th day on', () => {
    expect(applicantErasureDay(day('2027-03-01'), false)).toBe('2027-03-29');
    expect(applicantErasureDay(day('2028-02-29'), false)).toBe('2028-03-28');
  });

  it('with consent: a year, clamped to the month end (29 February 2028 → 28 February 2029)', () => {
    expect(applicantErasureDay(day('2028-02-29'), true)).toBe('2029-02-28');
    expect(applicantErasureDay(day('2028-02-28'), true)).toBe('2029-02-28');
    expect(applicantErasureDay(day('2027-03-01'), true)).toBe('2028-03-01');
  });

  it('the sweep on 28 February 2029 takes consent dossiers closed through 29 February 2028, on the 27th not', () => {
    expect(latestErasableClosingDay(day('2029-02-28'), true)).toBe('2028-02-29');
    expect(latestErasableClosingDay(day('2029-02-27'), true)).toBe('2028-02-27');
    expect(latestErasableClosingDay(day('2028-03-28'), false)).toBe('2028-02-29');
  });

  it('the latest erasable closing day is exactly the inverse of the erasure day, for every day of four years', () => {
    for (const consent of [false, true]) {
      for (let today = day('2028-01-01'); today <= '2031-12-31'; today = addDays(today, 1)) {
        const latest = latestErasableClosingDay(today, consent);
        // Due: the latest day and everything before it; not due: the day after it.
        expect({ today, consent, due: applicantErasureDay(latest, consent) <= today }).toEqual({ today, consent, due: true });
        expect({ today, consent, due: applicantErasureDay(addDays(latest, 1), consent) <= today }).toEqual({ today, consent, due: false });
      }
    }
  });

  it('cuts at the start of the Amsterdam day after the latest erasable closing day', () => {
    const cutoffs = retentionCutoffs(day('2028-03-28'));
    expect(cutoffs.withoutConsentClosedBefore).toEqual(startOfDay(day('2028-03-01') as CalendarDate));
    expect(cutoffs.withoutConsentClosedBefore.toISOString()).toBe('2028-02-29T23:00:00.000Z');
    expect(retentionCutoffs(day('2029-02-28')).withConsentClosedBefore.toISOString()).toBe('2028-02-29T23:00:00.000Z');
  });
});

describe('programme participants (R13)', () => {
  it('kept the configured years after the end, erased the day after', () => {
    expect(latestErasableProgrammeEnd(calendarDate('2031-09-16'), 4)).toBe('2027-09-15');
    expect(latestErasableProgrammeEnd(calendarDate('2031-09-15'), 4)).toBe('2027-09-14');
    expect(latestErasableProgrammeEnd(calendarDate('2029-09-16'), 2)).toBe('2027-09-15');
  });
});
