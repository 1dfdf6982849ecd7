import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { safeCell } from '../domain/report-definitions';
import type { Cell, ColumnKind, ReportTable } from './report-tables';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A number as Dutch Excel reads it in a CSV: a decimal comma. */
function dutchNumber(value: number): string {
  return String(value).replace('.', ',');
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'number' ? dutchNumber(value) : safeCell(value);
}

/**
 * The exports of a report: a CSV for Dutch Excel (`;`, UTF-8 with a byte-order mark, decimal
 * commas, formula-injection safe text) with one section per figure, and an XLSX with one sheet per
 * figure (numbers as numbers, percentages formatted as such).
 */
@Injectable()
export class ReportExportService {
  csv(tables: ReportTable[]): Buffer {
    const records: string[][] = [];
    for (const table of tables) {
      records.push([safeCell(table.title)]);
      records.push(table.columns.map((column) => safeCell(column.heading)));
      for (const row of table.rows) records.push(row.map(csvCell));
      records.push([]);
    }
    return Buffer.from(stringify(records, { delimiter: ';', bom: true, record_delimiter: '\r\n' }), 'utf8');
  }

  async xlsx(tables: ReportTable[]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Flevowijs zij-instroom';
    for (const table of tables) {
      const sheet = workbook.addWorksheet(table.name);
      sheet.addRow([table.title]).font = { bold: true, size: 13 };
      sheet.addRow(table.columns.map((column) => column.heading)).font = { bold: true };
      for (const row of table.rows) sheet.addRow(row.map((value, index) => xlsxValue(value, table.columns[index]?.kind ?? 'text')));
      table.columns.forEach((column, index) => {
        const sheetColumn = sheet.getColumn(index + 1);
        sheetColumn.width = Math.min(60, Math.max(12, column.heading.length + 2));
        if (column.kind === 'percent') sheetColumn.numFmt = '0.0%';
      });
      sheet.views = [{ state: 'frozen', ySplit: 2 }];
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}

/** A percentage is stored as its fraction (16.7 → 0.167) so the `0.0%` format shows 16.7%. */
function xlsxValue(value: Cell, kind: ColumnKind): Cell {
  if (kind === 'percent' && typeof value === 'number') return value / 100;
  return value;
}
