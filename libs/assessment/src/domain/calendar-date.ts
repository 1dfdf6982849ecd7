/** Dates of the assessment are calendar days ('YYYY-MM-DD') as people in the Netherlands see them. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day of `moment` in `timeZone`: near midnight the UTC day would be the wrong one. */
export function calendarDateIn(moment: Date, timeZone = DUTCH_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Calendar arithmetic in UTC, so a daylight-saving change never shifts the day. */
export function addDays(date: string, days: number): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
