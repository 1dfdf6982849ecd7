import { addDays, calendarDate, parseCalendarDate, type CalendarDate } from '@app/shared';
import type { ColumnDefinition } from './workbook-format';

/** A cell as the reader hands it over: text, a number, a boolean, a date (UTC midnight of the day), or empty. */
export type RawCell = string | number | boolean | Date | null;

/** A parsed cell: text, a number, a boolean, a calendar date ('YYYY-MM-DD' text), or empty. */
export type CellValue = string | number | boolean | null;

export type CellResult = { ok: true; value: CellValue } | { ok: false; message: string };

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;
const EXCEL_EPOCH = calendarDate('1899-12-30');
/** 31 December 9999, the last day Excel knows. */
const MAX_SERIAL = 2_958_465;

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const problem = (message: string): CellResult => ({ ok: false, message });

/** Reads one cell by its column's type; an empty required cell is a problem naming the heading. */
export function parseCell(column: ColumnDefinition, raw: RawCell): CellResult {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === null || text === '') return column.required ? problem(`${column.heading} is verplicht.`) : ok(null);
  switch (column.type) {
    case 'date':
      return parseDate(column.heading, text);
    case 'integer':
    case 'decimal':
      return parseNumber(column, text);
    case 'boolean':
      return parseBoolean(column.heading, text);
    case 'choice':
      return parseChoice(column, String(text));
    case 'schoolYear':
      return parseSchoolYear(column.heading, String(text));
    case 'email':
      return EMAIL.test(String(text)) && String(text).length <= (column.maxLength ?? 200)
        ? ok(String(text))
        : problem(`${column.heading} "${String(text)}" is geen geldig e-mailadres.`);
    default:
      return parseText(column, text);
  }
}

function parseText(column: ColumnDefinition, value: string | number | boolean | Date): CellResult {
  const text = value instanceof Date ? dateOfCell(value) : String(value);
  if (column.maxLength !== undefined && text.length > column.maxLength) {
    return problem(`${column.heading} is te lang: hoogstens ${column.maxLength} tekens.`);
  }
  return ok(text);
}

/** A date cell holds the day at UTC midnight (how the reader builds it from the stored serial number). */
function dateOfCell(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10) as CalendarDate;
}

/**
 * A real date cell, or text in ISO notation (2025-01-31) or Dutch notation (31-1-2025, 31-01-2025,
 * 31/1/2025). A day that does not exist (31-02-2025) or a month above 12 (2025/13/01) is a problem
 * that says which notation is meant, never guessed.
 */
function parseDate(heading: string, value: string | number | boolean | Date): CellResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return problem(`${heading} is geen geldige datum.`);
    return ok(dateOfCell(value));
  }
  // A date cell whose format the reader did not see arrives as its serial number: days since 30 December 1899.
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_SERIAL) return ok(addDays(EXCEL_EPOCH, value));
  const text = String(value).trim();
  const dutch = DUTCH_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  const parts = dutch ? { day: dutch[1], month: dutch[2], year: dutch[3] } : iso ? { year: iso[1], month: iso[2], day: iso[3] } : null;
  if (!parts) {
    return problem(`${heading} "${text}" is geen datum: schrijf de datum als 31-1-2025 of 2025-01-31, of maak de cel een datumcel.`);
  }
  const month = Number(parts.month);
  const day = Number(parts.day);
  if (month < 1 || month > 12) return problem(`${heading} "${text}" is geen datum: maand ${month} bestaat niet (1 tot en met 12).`);
  const date = parseCalendarDate(`${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  if (date === null) return problem(`${heading} "${text}" is geen datum: ${day} ${DUTCH_MONTHS[month - 1]} ${parts.year} bestaat niet.`);
  return ok(date);
}

function parseNumber(column: ColumnDefinition, value: string | number | boolean | Date): CellResult {
  if (typeof value === 'boolean' || value instanceof Date) return problem(`${column.heading} moet een getal zijn.`);
  // Dutch notation writes a decimal comma (0,8); thousands separators are not accepted (ambiguous).
  const number = typeof value === 'number' ? value : /^-?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(number)) return problem(`${column.heading} "${String(value)}" is geen getal.`);
  if (column.type === 'integer' && !Number.isInteger(number)) return problem(`${column.heading} moet een heel getal zijn.`);
  return ok(number);
}

function parseBoolean(heading: string, value: string | number | boolean | Date): CellResult {
  if (typeof value === 'boolean') return ok(value);
  const text = String(value).trim().toLowerCase();
  if (['ja', 'j', 'yes', 'true', '1', 'waar'].includes(text)) return ok(true);
  if (['nee', 'n', 'no', 'false', '0', 'onwaar'].includes(text)) return ok(false);
  return problem(`${heading} moet ja of nee zijn.`);
}

function parseChoice(column: ColumnDefinition, text: string): CellResult {
  const wanted = text.trim().toLowerCase();
  const choice = column.choices?.find((candidate) => candidate.code === wanted || candidate.label.toLowerCase() === wanted);
  if (choice) return ok(choice.code);
  const allowed = (column.choices ?? []).map((candidate) => candidate.label).join(', ');
  return problem(`${column.heading} "${text}" is onbekend: kies uit ${allowed}.`);
}

function parseSchoolYear(heading: string, text: string): CellResult {
  const match = SCHOOL_YEAR.exec(text.trim());
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return problem(`${heading} "${text}" is geen schooljaar: schrijf het als 2024-2025.`);
  return ok(text.trim());
}
