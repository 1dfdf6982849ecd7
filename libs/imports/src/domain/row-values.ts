import type { CalendarDate } from '@app/shared';
import type { ParsedRow } from './parse-sheets';

export interface PersonRows {
  candidate: ParsedRow;
  placements: ParsedRow[];
  programmes: ParsedRow[];
  sessions: ParsedRow[];
  surveys: ParsedRow[];
}

export const text = (row: ParsedRow, key: string) => (row.values[key] as string | null) ?? null;
export const day = (row: ParsedRow, key: string) => (row.values[key] as CalendarDate | null) ?? null;
