import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';
import type { RawCell } from '../domain/cell-values';
import { ImportFileRefusedError } from '../domain/imports.errors';
import type { RawSheet } from '../domain/parse-sheets';

/**
 * Reads the sheets of an XLSX straight from its XML, part by part through yauzl's central
 * directory (checked for zip bombs before, see workbook-file.ts): a cell's text, number, boolean,
 * or a formula's cached value (never evaluated). A date cell arrives as its serial number; the date
 * columns read serial numbers as dates. Rows are parsed as the part inflates, so memory holds the
 * rows with content, not the XML.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? null;

/** All the <t> texts of a shared string or an inline string, joined (rich text runs included). */
function textsOf(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += match[1];
  return decodeXml(text);
}

function columnIndex(reference: string | null, fallback: number): number {
  const letters = reference === null ? '' : (/^[A-Z]+/.exec(reference)?.[0] ?? '');
  if (letters === '') return fallback;
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

function cellValue(type: string | null, inner: string, shared: string[]): RawCell {
  if (type === 'inlineStr') return textsOf(inner);
  const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (value === undefined) return null;
  switch (type) {
    case 's':
      return shared[Number(value)] ?? null;
    case 'b':
      return value === '1';
    case 'str':
    case 'e':
      return decodeXml(value);
    default: {
      const number = Number(value);
      return Number.isFinite(number) ? number : decodeXml(value);
    }
  }
}

/** Parses the complete rows in `xml`; returns the rest (an unfinished row) for the next chunk. */
function parseRows(xml: string, shared: string[], maxColumns: number, onRow: (number: number, cells: RawCell[]) => void): string {
  const end = xml.lastIndexOf('</row>');
  if (end < 0) return xml;
  const complete = xml.slice(0, end + 6);
  for (const row of complete.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const body = row[2];
    if (!body) continue;
    const cells: RawCell[] = [];
    let position = 0;
    for (const cell of body.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const index = columnIndex(attribute(cell[1], 'r'), position);
      position = index + 1;
      if (index >= maxColumns || !cell[2]) continue;
      cells[index] = cellValue(attribute(cell[1], 't'), cell[2], shared);
    }
    onRow(
      Number(attribute(row[1], 'r') ?? 0),
      Array.from(cells, (cell) => cell ?? null),
    );
  }
  return xml.slice(end + 6);
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip))));
}

async function entriesOf(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

/** Streams one part's text to `onText` as it inflates. */
async function streamPart(zip: yauzl.ZipFile, entry: yauzl.Entry, onText: (text: string) => void): Promise<void> {
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream) onText(decoder.write(chunk as Buffer));
  onText(decoder.end());
}

async function wholePart(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<string> {
  if (!entry) return '';
  let text = '';
  await streamPart(zip, entry, (chunk) => (text += chunk));
  return text;
}

/** The sheets `wanted` names, in the workbook's order, each with its heading row (the first with content) and the rows after it. */
export async function readXlsxSheets(path: string, wanted: (name: string) => boolean, limits: { maxRows: number; maxColumns: number }): Promise<RawSheet[]> {
  const zip = await openZip(path);
  try {
    const entries = await entriesOf(zip);
    const workbook = await wholePart(zip, entries.get('xl/workbook.xml'));
    const rels = await wholePart(zip, entries.get('xl/_rels/workbook.xml.rels'));
    const targets = new Map(
      [...rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map(([element]) => [
        attribute(element, 'Id'),
        (attribute(element, 'Target') ?? '').replace(/^\/?(xl\/)?/, 'xl/'),
      ]),
    );
    const shared = [...(await wholePart(zip, entries.get('xl/sharedStrings.xml'))).matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((match) =>
      textsOf(match[1]),
    );
    const sheets: RawSheet[] = [];
    let rows = 0;
    for (const [element] of workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
      const name = decodeXml(attribute(element, 'name') ?? '');
      const sheet: RawSheet = { name, heading: [], rows: [] };
      sheets.push(sheet);
      const entry = entries.get(targets.get(attribute(element, 'r:id')) ?? '');
      if (!wanted(name) || !entry) continue;
      let pending = '';
      await streamPart(zip, entry, (text) => {
        pending = parseRows(pending + text, shared, limits.maxColumns, (number, cells) => {
          if (cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''))) return;
          if (sheet.heading.length === 0) {
            sheet.heading = cells;
            return;
          }
          if (++rows > limits.maxRows) throw new ImportFileRefusedError(`Het bestand heeft meer dan ${limits.maxRows} rijen; splits het in delen.`);
          sheet.rows.push({ number, cells });
        });
      });
    }
    return sheets;
  } finally {
    zip.close();
  }
}
