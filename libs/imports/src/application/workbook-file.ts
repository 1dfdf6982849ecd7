import { open as openFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import { ImportFileRefusedError } from '../domain/imports.errors';
import type { RawSheet } from '../domain/parse-sheets';
import { WORKBOOK_SHEETS } from '../domain/workbook-format';
import { parseCsv } from './csv-text';
import { readXlsxSheets } from './xlsx-sheets';

/** An upload is at most 20 MB (issue 15). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** What the parts of an XLSX may hold when inflated: a 20 MB workbook of real rows stays far below. */
const MAX_INFLATED_BYTES = 400 * 1024 * 1024;
const MAX_ENTRY_BYTES = 300 * 1024 * 1024;
const MAX_ENTRIES = 2000;
/** Rows with content, over all sheets: the benchmark's 210,000 and room to spare. */
const MAX_ROWS = 1_000_000;
const MAX_COLUMNS = 60;

export type WorkbookKind = 'xlsx' | 'csv';

const NOT_A_WORKBOOK = 'Het bestand is geen Excel-werkmap (.xlsx) of CSV-bestand. Sla het spreadsheet op als .xlsx of als CSV (UTF-8) en probeer het opnieuw.';

/** XLSX by its zip signature; CSV when it is text; anything else is refused. */
export async function workbookKind(path: string): Promise<WorkbookKind> {
  const handle = await openFile(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    if (start.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
    if (bytesRead === 0) throw new ImportFileRefusedError('Het bestand is leeg.');
    if (start.includes(0) || start.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
      throw new ImportFileRefusedError(NOT_A_WORKBOOK);
    }
    return 'csv';
  } finally {
    await handle.close();
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip))));
}

/**
 * A zip bomb dressed as XLSX is refused before its sheets are read: the declared sizes of all parts
 * are checked here against the caps; while the sheets are read (xlsx-sheets.ts, also through yauzl),
 * yauzl refuses a part that inflates beyond what it declared. So what is read is bounded by the caps.
 */
async function checkZip(path: string): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch {
    throw new ImportFileRefusedError(NOT_A_WORKBOOK);
  }
  try {
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        declared += entry.uncompressedSize;
        if (entries.length > MAX_ENTRIES || entry.uncompressedSize > MAX_ENTRY_BYTES || declared > MAX_INFLATED_BYTES) {
          reject(
            new ImportFileRefusedError('Het bestand pakt uit tot veel meer dan een werkmap van 20 MB kan bevatten (mogelijk een zip-bom) en is geweigerd.'),
          );
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(new ImportFileRefusedError(NOT_A_WORKBOOK)));
      zip.readEntry();
    });
    if (!entries.some((entry) => entry.fileName === 'xl/workbook.xml')) throw new ImportFileRefusedError(NOT_A_WORKBOOK);
  } finally {
    zip.close();
  }
}

export async function readXlsx(path: string): Promise<RawSheet[]> {
  await checkZip(path);
  try {
    return await readXlsxSheets(path, (name) => WORKBOOK_SHEETS.some((sheet) => sheet.name.toLowerCase() === name.trim().toLowerCase()), {
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLUMNS,
    });
  } catch (error) {
    if (error instanceof ImportFileRefusedError) throw error;
    if (/too many bytes|too few bytes/.test((error as Error).message)) {
      throw new ImportFileRefusedError('Het bestand is beschadigd of pakt uit tot meer dan het zelf opgeeft (mogelijk een zip-bom) en is geweigerd.');
    }
    throw new ImportFileRefusedError('Het bestand kon niet als Excel-werkmap worden gelezen: het is beschadigd of geen .xlsx.');
  }
}

/** One CSV is one sheet: named by its file name (Kandidaten.csv) or, failing that, by its heading row. */
export async function readCsv(path: string, fileName: string): Promise<RawSheet[]> {
  const { readFile } = await import('node:fs/promises');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch {
    throw new ImportFileRefusedError('Het CSV-bestand is geen UTF-8-tekst. Sla het op als "CSV UTF-8 (door komma\'s gescheiden)".');
  }
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), MAX_ROWS, MAX_COLUMNS);
  const [heading = [], ...rest] = rows;
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .trim()
    .toLowerCase();
  const headings = heading.map((cell) => cell.trim().toLowerCase());
  const sheet =
    WORKBOOK_SHEETS.find((candidate) => candidate.name.toLowerCase() === stem) ??
    WORKBOOK_SHEETS.map((candidate) => ({ candidate, score: candidate.columns.filter((column) => headings.includes(column.heading.toLowerCase())).length }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score)[0]?.candidate;
  if (!sheet) {
    throw new ImportFileRefusedError(
      `Bij dit CSV-bestand hoort geen blad: noem het bestand naar het blad (${WORKBOOK_SHEETS.map((candidate) => `${candidate.name}.csv`).join(', ')}).`,
    );
  }
  return [{ name: sheet.name, heading, rows: rest.map((cells, index) => ({ number: index + 2, cells })) }];
}
