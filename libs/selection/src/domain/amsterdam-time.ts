/** Wall-clock time in the Netherlands, as people write it on an invitation. */
export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE = 60_000;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** 'YYYY-MM-DDTHH:mm' as numbers; null when malformed or not a real calendar date and time. */
export function parseWallClock(text: string): WallClock | null {
  const match = LOCAL_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  // Date.UTC rolls 31 April over to 1 May: a changed day means the date does not exist.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day || day < 1) return null;
  return { year, month, day, hour, minute, second: 0 };
}

/** The Amsterdam wall clock at an instant. */
export function wallClockAt(instant: Date): WallClock {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/**
 * The instant a wall-clock time in Amsterdam stands for. Null in the spring-forward gap (the
 * time does not exist). In the autumn hour that happens twice, the first (summer-time) instant.
 */
export function amsterdamToInstant(local: WallClock): Date | null {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // The Netherlands is UTC+2 in summer and UTC+1 in winter; try the earlier instant first.
  for (const offsetHours of [2, 1]) {
    const instant = new Date(asUtc - offsetHours * 60 * MINUTE);
    if (sameWallClock(wallClockAt(instant), local)) return instant;
  }
  return null;
}

/** 'YYYY-MM-DDTHH:mm' of an instant, in Amsterdam. */
export function formatLocal(instant: Date): string {
  const clock = wallClockAt(instant);
  return `${formatDate(clock)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** The Amsterdam calendar day of an instant, 'YYYY-MM-DD'. */
export function amsterdamDate(instant: Date): string {
  return formatDate(wallClockAt(instant));
}

/** A calendar day plus whole days, 'YYYY-MM-DD' in and out (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

function formatDate(clock: WallClock): string {
  return `${String(clock.year).padStart(4, '0')}-${pad(clock.month)}-${pad(clock.day)}`;
}

function sameWallClock(left: WallClock, right: WallClock): boolean {
  return (
    left.year === right.year &&
    left.month === right.month &&
    left.day === right.day &&
    left.hour === right.hour &&
    left.minute === right.minute &&
    left.second === right.second
  );
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
