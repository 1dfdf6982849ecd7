import { parseCell, type CellValue, type RawCell } from './cell-values';
import type { ProblemList } from './import-problems';
import { WORKBOOK_SHEETS, type SheetDefinition, type SheetKey } from './workbook-format';

/** A sheet as read from the file: its name, its heading row and its other rows with their numbers. */
export interface RawSheet {
  name: string;
  heading: RawCell[];
  rows: { number: number; cells: RawCell[] }[];
}

/** A row whose every cell parsed: the values by column key, and where it sits. */
export interface ParsedRow {
  row: number;
  values: Record<string, CellValue>;
}

export type ParsedWorkbook = Record<SheetKey, ParsedRow[]>;

function headingText(cell: RawCell): string {
  return cell === null ? '' : String(cell).trim().toLowerCase();
}

/** Whether a row holds nothing (a spreadsheet often carries thousands of formatted, empty rows). */
function isEmptyRow(cells: RawCell[]): boolean {
  for (const cell of cells) {
    if (cell !== null && cell !== undefined && !(typeof cell === 'string' && cell.trim() === '')) return false;
  }
  return true;
}

/**
 * Parses one sheet by its definition: the heading row names the columns (in any order; unknown
 * columns are a warning), each cell is read by its column's type, and a row with any bad cell is
 * left out of the later checks (its problems are listed).
 */
function parseSheet(definition: SheetDefinition, sheet: RawSheet, problems: ProblemList): ParsedRow[] {
  const positions = new Map<string, number>();
  sheet.heading.forEach((cell, index) => {
    const text = headingText(cell);
    if (text === '') return;
    const column = definition.columns.find((candidate) => candidate.heading.toLowerCase() === text || candidate.key.toLowerCase() === text);
    if (!column)
      problems.warning(definition.name, 1, String(cell), `Kolom "${String(cell)}" hoort niet bij het blad ${definition.name} en wordt overgeslagen.`);
    else if (positions.has(column.key)) problems.error(definition.name, 1, column.heading, `Kolom ${column.heading} staat er twee keer.`);
    else positions.set(column.key, index);
  });
  const missing = definition.columns.filter((column) => column.required && !positions.has(column.key));
  for (const column of missing) problems.error(definition.name, 1, column.heading, `Kolom ${column.heading} ontbreekt in het blad ${definition.name}.`);
  if (missing.length > 0) return [];
  const parsed: ParsedRow[] = [];
  for (const { number, cells } of sheet.rows) {
    if (isEmptyRow(cells)) continue;
    const values: Record<string, CellValue> = {};
    let valid = true;
    for (const column of definition.columns) {
      const position = positions.get(column.key);
      const result = parseCell(column, position === undefined ? null : (cells[position] ?? null));
      if (result.ok) values[column.key] = result.value;
      else {
        valid = false;
        problems.error(definition.name, number, column.heading, result.message);
      }
    }
    if (valid) parsed.push({ row: number, values });
  }
  return parsed;
}

/** Every known sheet of the file parsed; a sheet the file lacks is empty, a sheet the format lacks is a warning. */
export function parseWorkbook(sheets: RawSheet[], problems: ProblemList): ParsedWorkbook {
  const workbook = Object.fromEntries(WORKBOOK_SHEETS.map((definition) => [definition.key, [] as ParsedRow[]])) as ParsedWorkbook;
  for (const sheet of sheets) {
    const definition = WORKBOOK_SHEETS.find((candidate) => candidate.name.toLowerCase() === sheet.name.trim().toLowerCase());
    if (!definition) {
      if (sheet.name !== 'Toelichting')
        problems.warning(sheet.name, null, null, `Het blad ${sheet.name} hoort niet bij het importformaat en wordt overgeslagen.`);
      continue;
    }
    workbook[definition.key] = parseSheet(definition, sheet, problems);
  }
  return workbook;
}
