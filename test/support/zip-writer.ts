import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size the headers claim; the real one when not given (a lying zip claims less). */
  claimedSize?: number;
}

/**
 * A minimal zip writer (deflate, no zip64) for upload tests: DOCX files with thousands of entries or
 * with sizes that lie, built in the test instead of committed as binaries.
 */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data);
    const sizes = { crc: crc32(entry.data), compressed: compressed.length, uncompressed: entry.claimedSize ?? entry.data.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommonFields(local, 4, sizes, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    writeCommonFields(central, 6, sizes, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The fields local and central headers share, from "version needed" to the name length. */
function writeCommonFields(header: Buffer, at: number, sizes: { crc: number; compressed: number; uncompressed: number }, nameLength: number): void {
  header.writeUInt16LE(20, at); // version needed
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(0, at + 6); // time
  header.writeUInt16LE(0x5b61, at + 8); // date: 2025-11-01
  header.writeUInt32LE(sizes.crc, at + 10);
  header.writeUInt32LE(sizes.compressed, at + 14);
  header.writeUInt32LE(sizes.uncompressed, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t>Curriculum vitae</w:t></w:r></w:p></w:body></w:document>';

/** A DOCX as a word processor writes it at its smallest, plus `extra` entries. */
export function writeDocx(options: { document?: ZipEntry; extra?: ZipEntry[] } = {}): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    options.document ?? { name: 'word/document.xml', data: Buffer.from(DOCUMENT) },
    ...(options.extra ?? []),
  ]);
}
