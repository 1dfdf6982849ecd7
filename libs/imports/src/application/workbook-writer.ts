import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { explanationRows } from '../domain/workbook-documentation';
import { EXPLANATION_SHEET_NAME, WORKBOOK_SHEETS, type SheetKey } from '../domain/workbook-format';

/** A cell to write: text, a number, or a calendar date ('YYYY-MM-DD', written as a real date cell). */
export type OutputCell = string | number | null;
export type OutputRows = Record<SheetKey, OutputCell[][]>;

const DATE_FORMAT = 'dd-mm-yyyy';

/**
 * Writes the workbook format (the template and the export alike), streaming to `output`: one sheet
 * per definition with its Dutch headings, dates as real date cells, and the explanation sheet.
 */
export async function writeWorkbook(output: Writable, rows: OutputRows): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  for (const sheet of WORKBOOK_SHEETS) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.heading,
      key: column.key,
      width: Math.max(12, column.heading.length + 2),
      style: column.type === 'date' ? { numFmt: DATE_FORMAT } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.getRow(1).commit();
    for (const values of rows[sheet.key]) {
      worksheet
        .addRow(values.map((value, index) => (sheet.columns[index].type === 'date' && typeof value === 'string' && value !== '' ? dateCell(value) : value)))
        .commit();
    }
    worksheet.commit();
  }
  const explanation = workbook.addWorksheet(EXPLANATION_SHEET_NAME);
  explanation.columns = [{ width: 14 }, { width: 30 }, { width: 24 }, { width: 10 }, { width: 26 }, { width: 80 }, { width: 60 }];
  for (const row of explanationRows()) explanation.addRow(row).commit();
  explanation.commit();
  await workbook.commit();
}

/** The day as exceljs writes a date: UTC midnight, which Excel shows as that day whatever the zone. */
function dateCell(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The template: the example row of each sheet. */
export function templateRows(): OutputRows {
  return Object.fromEntries(
    WORKBOOK_SHEETS.map((sheet) => [sheet.key, [sheet.columns.map((column) => (column.example === '' ? null : column.example))]]),
  ) as OutputRows;
}
