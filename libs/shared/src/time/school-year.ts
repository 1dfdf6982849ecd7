import { addDays, calendarDate, type CalendarDate } from './calendar-date';

const LABEL_PATTERN = /^(\d{4})-(\d{4})$/;
/** A school year begins on 1 August. */
const FIRST_MONTH = 8;

/** A Dutch school year, 1 August – 31 July, named by its two calendar years: `2025-2026`. */
export class SchoolYear {
  private constructor(
    /** The calendar year in which it begins. */
    readonly startYear: number,
  ) {}

  /** The school year a day falls in: 31 July 2026 is in 2025-2026, 1 August 2026 in 2026-2027. */
  static of(date: CalendarDate): SchoolYear {
    const [year, month] = calendarDate(date).split('-').map(Number);
    return new SchoolYear(month >= FIRST_MONTH ? year : year - 1);
  }

  /** Strict: 'YYYY-YYYY' of two consecutive years; null otherwise. */
  static parse(label: string): SchoolYear | null {
    const match = LABEL_PATTERN.exec(label);
    if (!match) return null;
    const [first, second] = [Number(match[1]), Number(match[2])];
    return second === first + 1 ? new SchoolYear(first) : null;
  }

  /** 1 August of the first year. */
  get start(): CalendarDate {
    return calendarDate(`${pad(this.startYear)}-08-01`);
  }

  /** 31 July of the second year (the last day, inclusive). */
  get end(): CalendarDate {
    return addDays(new SchoolYear(this.startYear + 1).start, -1);
  }

  get label(): string {
    return `${pad(this.startYear)}-${pad(this.startYear + 1)}`;
  }

  contains(date: CalendarDate): boolean {
    return this.start <= date && date <= this.end;
  }

  next(): SchoolYear {
    return new SchoolYear(this.startYear + 1);
  }

  previous(): SchoolYear {
    return new SchoolYear(this.startYear - 1);
  }

  equals(other: SchoolYear): boolean {
    return other.startYear === this.startYear;
  }

  toString(): string {
    return this.label;
  }

  toJSON(): string {
    return this.label;
  }
}

function pad(year: number): string {
  return String(year).padStart(4, '0');
}
