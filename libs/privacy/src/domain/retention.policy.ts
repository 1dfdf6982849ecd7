import { addDays, addMonths, startOfDay, type CalendarDate } from '@app/shared';

/** R13: an applicant whose path ended (rejected, withdrawn) is kept 4 weeks after closing... */
export const APPLICANT_RETENTION_DAYS = 28;
/** ...or a year with the candidate's recorded consent to keep. */
export const CONSENT_RETENTION_MONTHS = 12;

/**
 * The first day on which a closed applicant is erased: the closing day (Amsterdam calendar) + 28
 * days — closed on 1 March, kept through 28 March, erased from 29 March — or, with consent,
 * the closing day + 1 year, clamped to the month's end (closed 29 February 2028: erased from 28
 * February 2029).
 */
export function applicantErasureDay(closedOn: CalendarDate, consentToKeep: boolean): CalendarDate {
  return consentToKeep ? addMonths(closedOn, CONSENT_RETENTION_MONTHS) : addDays(closedOn, APPLICANT_RETENTION_DAYS);
}

/**
 * The latest closing day whose erasure day is `today` or earlier. With consent the year clamps, so
 * two closing days can share one erasure day (28 and 29 February 2028 both give 28 February
 * 2029): the later of them counts once it is due.
 */
export function latestErasableClosingDay(today: CalendarDate, consentToKeep: boolean): CalendarDate {
  if (!consentToKeep) return addDays(today, -APPLICANT_RETENTION_DAYS);
  const yearBefore = addMonths(today, -CONSENT_RETENTION_MONTHS);
  const dayAfter = addDays(yearBefore, 1);
  return applicantErasureDay(dayAfter, true) <= today ? dayAfter : yearBefore;
}

/** The sweep's selection on `today`: dossiers closed before these instants (the start of the day after the latest erasable closing day). */
export function retentionCutoffs(today: CalendarDate): { withoutConsentClosedBefore: Date; withConsentClosedBefore: Date } {
  return {
    withoutConsentClosedBefore: startOfDay(addDays(latestErasableClosingDay(today, false), 1)),
    withConsentClosedBefore: startOfDay(addDays(latestErasableClosingDay(today, true), 1)),
  };
}

/**
 * R13: a programme participant is kept `years` after the programme ends (RETENTION_PROGRAMME_YEARS)
 * and erased once that term has passed: ended on 15 September 2027 with 4 years, kept through
 * 15 September 2031, erased from 16 September 2031. The latest end erased on `today`.
 */
export function latestErasableProgrammeEnd(today: CalendarDate, years: number): CalendarDate {
  const yearsBefore = addMonths(today, -12 * years);
  const dayBefore = addDays(yearsBefore, -1);
  // Clamping (29 February) can give two ends one erasure day; take the later end once its term passed.
  return addMonths(yearsBefore, 12 * years) < today ? yearsBefore : dayBefore;
}
