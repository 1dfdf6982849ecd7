import ExcelJS from 'exceljs';
import { open as openFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { RawCell } from '../domain/cell-values';
import { ImportFileRefusedError } from '../domain/imports.errors';
import type { RawSheet } from '../domain/parse-sheets';
import { WORKBOOK_SHEETS } from '../domain/workbook-format';
import { parseCsv } from './csv-text';

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

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}

/**
 * A zip bomb dressed as XLSX is refused before exceljs reads it: the declared sizes of all parts
 * are checked first (cheap), then every part is inflated into nothing, and yauzl refuses a part that
 * inflates beyond what it declared. So what exceljs reads later is bounded by the caps here.
 */
async function checkZip(path: string): Promise<WorkbookParts> {
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
    const parts: Record<string, string> = {};
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await entryStream(zip, entry).catch(() => {
        throw new ImportFileRefusedError(NOT_A_WORKBOOK);
      });
      const keep = WORKBOOK_PARTS.includes(entry.fileName) && entry.uncompressedSize <= 1024 * 1024;
      const chunks: Buffer[] = [];
      const sink = new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          if (keep) chunks.push(chunk);
          done();
        },
      });
      await pipeline(stream, sink).catch(() => {
        throw new ImportFileRefusedError('Het bestand is beschadigd of pakt uit tot meer dan het zelf opgeeft (mogelijk een zip-bom) en is geweigerd.');
      });
      if (keep) parts[entry.fileName] = Buffer.concat(chunks).toString('utf8');
    }
    return workbookParts(parts);
  } finally {
    zip.close();
  }
}

const WORKBOOK_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];

/** The sheet list and its relations, which exceljs's stream reader needs before the sheets (see readXlsx). */
interface WorkbookParts {
  sheets: { name: string; id: number; rId: string }[];
  rels: { Id: string; Target: string }[];
  date1904: boolean;
}

const decodeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? '';

function workbookParts(parts: Record<string, string>): WorkbookParts {
  const sheets = [...(parts['xl/workbook.xml'] ?? '').matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map(([element]) => ({
    name: decodeXml(attribute(element, 'name')),
    id: Number(attribute(element, 'sheetId')),
    rId: attribute(element, 'r:id'),
  }));
  const rels = [...(parts['xl/_rels/workbook.xml.rels'] ?? '').matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map(([element]) => ({
    Id: attribute(element, 'Id'),
    Target: attribute(element, 'Target').replace(/^\/?xl\//, ''),
  }));
  const properties = /<(?:\w+:)?workbookPr\s[^>]*>/.exec(parts['xl/workbook.xml'] ?? '')?.[0] ?? '';
  return { sheets, rels, date1904: ['1', 'true'].includes(attribute(properties, 'date1904')) };
}

/** A cell as exceljs reads it, as plain text, number, boolean or date; a formula by its cached result, never evaluated. */
function rawCellOf(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return rawCellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return null;
}

export async function readXlsx(path: string): Promise<RawSheet[]> {
  const parts = await checkZip(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  // exceljs 4.4's stream reader fails on a workbook whose sheets precede xl/workbook.xml in the zip
  // (as exceljs itself writes them): it looks up the sheet names before it has read them. Given
  // the names and relations read above, it reads such a workbook too.
  Object.assign(reader, { model: { sheets: parts.sheets }, workbookRels: parts.rels, properties: { model: { date1904: parts.date1904 } } });
  const sheets: RawSheet[] = [];
  let rows = 0;
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? '';
      const known = WORKBOOK_SHEETS.some((sheet) => sheet.name.toLowerCase() === name.trim().toLowerCase());
      const sheet: RawSheet = { name, heading: [], rows: [] };
      sheets.push(sheet);
      for await (const row of worksheet) {
        // An unknown sheet (the explanation) is named, not read; an empty row costs nothing.
        if (!known) continue;
        const values = (row.values as ExcelJS.CellValue[]).slice(1, MAX_COLUMNS + 1).map(rawCellOf);
        if (values.every((value) => value === null)) continue;
        if (sheet.heading.length === 0 && sheet.rows.length === 0 && row.number >= 1) {
          sheet.heading = values;
          continue;
        }
        if (++rows > MAX_ROWS) throw new ImportFileRefusedError(`Het bestand heeft meer dan ${MAX_ROWS} rijen; splits het in delen.`);
        sheet.rows.push({ number: row.number, cells: values });
      }
    }
  } catch (error) {
    if (error instanceof ImportFileRefusedError) throw error;
    throw new ImportFileRefusedError('Het bestand kon niet als Excel-werkmap worden gelezen: het is beschadigd of geen .xlsx.');
  }
  return sheets;
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
