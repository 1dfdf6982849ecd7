import { ImportFileRefusedError } from '../domain/imports.errors';

/**
 * RFC 4180 with the separator Dutch Excel writes (`;`) or a comma, told from the heading line.
 * Quoted fields may hold separators, quotes ("") and line breaks. Empty lines are skipped.
 */
export function parseCsv(text: string, maxRows: number, maxColumns: number): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    field = '';
    if (row.length > maxColumns) throw new ImportFileRefusedError(`Een regel van het CSV-bestand heeft meer dan ${maxColumns} kolommen.`);
    if (row.some((cell) => cell.trim() !== '')) rows.push(row);
    if (rows.length > maxRows) throw new ImportFileRefusedError(`Het bestand heeft meer dan ${maxRows} rijen; splits het in delen.`);
    row = [];
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n') endRow();
    else if (char !== '\r') field += char;
  }
  if (quoted) throw new ImportFileRefusedError('Het CSV-bestand eindigt midden in een veld tussen aanhalingstekens.');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
