import ExcelJS from 'exceljs';
import { WORKBOOK_SHEETS, type SheetKey } from '@app/imports';
import type { HttpClient, HttpResult } from './http-client';
import { eventually } from './expectations';

/** A row by Dutch heading; a Date becomes a real date cell, anything else is written as given. */
export type SheetRow = Record<string, string | number | boolean | Date | null | { formula: string; result?: string | number }>;
export type WorkbookRows = Partial<Record<SheetKey, SheetRow[]>>;

/** A day as a date cell (UTC midnight, as Excel stores a date). */
export const day = (text: string): Date => new Date(`${text}T00:00:00.000Z`);

/** Builds an XLSX in memory with exceljs: each sheet's headings from the format, then the rows. */
export async function workbookOf(rows: WorkbookRows, options: { emptyRowsAfter?: number } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of WORKBOOK_SHEETS) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.addRow(sheet.columns.map((column) => column.heading));
    for (const row of rows[sheet.key] ?? []) {
      worksheet.addRow(sheet.columns.map((column) => row[column.heading] ?? null));
    }
    if (options.emptyRowsAfter && sheet.key === 'candidates') {
      // Formatted but empty rows, as a spreadsheet often carries below its data.
      for (let index = 0; index < options.emptyRowsAfter; index += 1) worksheet.getRow(worksheet.rowCount + 1).getCell(1).numFmt = '@';
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function upload(http: HttpClient, content: Buffer | string, fileName = 'import.xlsx'): Promise<HttpResult> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), fileName);
  return http.postForm('/api/imports', form);
}

/** Commits a checked import and waits until the worker has committed it (or it failed). */
export async function commitAndWait(http: HttpClient, id: string): Promise<HttpResult> {
  const queued = await http.post(`/api/imports/${id}/commit`, {});
  if (queued.status !== 202) throw new Error(`commit refused: ${queued.status} ${JSON.stringify(queued.body)}`);
  return eventually(async () => {
    const current = await http.get(`/api/imports/${id}`);
    return ['committed', 'failed'].includes(current.body.status) ? current : null;
  }, `import ${id} committed`, 60_000);
}
