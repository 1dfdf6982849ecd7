import { addMonths, type CalendarDate } from '@app/shared';

/** The data subject's requests the desk records (AVG art. 15 inspection, art. 17 erasure). */
export const DATA_REQUEST_KINDS = ['inspection', 'erasure'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

export const DATA_REQUEST_STATUSES = ['open', 'completed'] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

/** Art. 12(3): an answer within one month of receipt, extendable once by at most two further months. */
export const ANSWER_MONTHS = 1;
export const MAX_EXTENSION_MONTHS = 2;

/** Receipt + 1 month, clamped to the month's end: received 31 January, answered by 28 (or 29) February. */
export function requestDeadline(receivedOn: CalendarDate): CalendarDate {
  return addMonths(receivedOn, ANSWER_MONTHS);
}

/** The extended deadline counts from receipt too: received 31 January, extended by 2 months, answered by 30 April. */
export function extendedDeadline(receivedOn: CalendarDate, months: number): CalendarDate {
  return addMonths(receivedOn, ANSWER_MONTHS + months);
}
