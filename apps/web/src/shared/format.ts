const AMSTERDAM = 'Europe/Amsterdam';

/** Instants (timestamps with an offset) are shown in Dutch time, whatever the browser's zone. */
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, dateStyle: 'medium', timeStyle: 'short' });
const instantDateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, dateStyle: 'medium' });
/** Calendar dates have no zone: formatted as the same day in UTC, so no shift can move them a day. */
const calendarDateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', dateStyle: 'medium' });
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant as date and time in Amsterdam, e.g. "12 mrt 2026, 10:30". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** A calendar date (`YYYY-MM-DD`) as written, or the Amsterdam date of an instant. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const calendar = CALENDAR_DATE.exec(value);
  if (calendar) {
    const [, year, month, day] = calendar;
    return calendarDateFormat.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : instantDateFormat.format(date);
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 0 })} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', { timeZone: AMSTERDAM, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Amsterdam as `YYYY-MM-DD`, the form the date inputs and the API use. */
export function todayInAmsterdam(): string {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date()).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days (in Amsterdam) from an instant until today: "12 dagen in deze fase". */
export function daysInStageText(since: string | null | undefined, today: string = todayInAmsterdam()): string {
  if (!since) return '';
  const start = new Date(since);
  if (Number.isNaN(start.getTime())) return '';
  const startDay = Object.fromEntries(partsFormat.formatToParts(start).map((part) => [part.type, part.value]));
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startDay.year}-${startDay.month}-${startDay.day}T00:00:00Z`)) / DAY_MS);
  if (days <= 0) return 'Sinds vandaag in deze fase';
  return days === 1 ? '1 dag in deze fase' : `${days} dagen in deze fase`;
}

/** The school year of a calendar day (`YYYY-MM-DD`): 1 August starts the next one ('2025-08-01' → '2025-2026'; SPEC glossary). */
export function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const first = month >= 8 ? year : year - 1;
  return `${first}-${first + 1}`;
}
