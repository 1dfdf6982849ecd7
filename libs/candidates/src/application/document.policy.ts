import { open, readFile } from 'node:fs/promises';
import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import type { DocumentMediaType } from '../domain/document-name.policy';

/** R2: motivation letter and CV, recognised by content, at most 10 MB each. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What a DOCX may cost to inspect, whatever its central directory claims about itself. */
const DOCX_LIMITS = { entries: 2000, inflatedBytes: 60 * 1024 * 1024, ratio: 150 };

export type DocumentVerdict = { accepted: true; mediaType: DocumentMediaType } | { accepted: false; reason: string };

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const NOT_A_DOCUMENT = 'Alleen PDF- of Word-bestanden (DOCX) worden geaccepteerd.';
const DAMAGED = 'Het Word-bestand is beschadigd.';
const TOO_MANY_PARTS = 'Het Word-bestand bestaat uit ongewoon veel onderdelen en wordt om veiligheidsredenen geweigerd.';
const TOO_COMPRESSED = 'Het Word-bestand is ongewoon sterk gecomprimeerd en wordt om veiligheidsredenen geweigerd.';

/** Decides by the bytes, never by the file name, whether a stored file is an acceptable document. */
export async function inspectDocument(path: string, sizeBytes: number): Promise<DocumentVerdict> {
  if (sizeBytes === 0) return { accepted: false, reason: 'Het bestand is leeg.' };
  if (sizeBytes > MAX_DOCUMENT_BYTES) return { accepted: false, reason: 'Het bestand is groter dan 10 MB.' };
  const head = await readHead(path, 8);
  if (head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return { accepted: true, mediaType: 'application/pdf' };
  if (head.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    const problem = await inspectDocx(await readFile(path));
    return problem
      ? { accepted: false, reason: problem }
      : { accepted: true, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  }
  return { accepted: false, reason: NOT_A_DOCUMENT };
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A DOCX is a zip with a Word document inside. It is read from memory (at most 10 MB), so no file
 * descriptor is shared with yauzl and none can be closed twice. Every entry is inflated against one
 * byte budget, counted as the bytes come out: the sizes the zip states about itself may lie.
 */
async function inspectDocx(content: Buffer): Promise<string | null> {
  const zip = await fromBufferPromise(content, { lazyEntries: true }).catch(() => null);
  if (!zip) return DAMAGED;
  if (zip.entryCount > DOCX_LIMITS.entries) return TOO_MANY_PARTS;
  let budget = Math.min(DOCX_LIMITS.inflatedBytes, content.length * DOCX_LIMITS.ratio);
  const names = new Set<string>();
  try {
    for await (const entry of zip.eachEntry()) {
      names.add(entry.fileName);
      if (entry.fileName.endsWith('/')) continue;
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) return DAMAGED;
      const inflated = await inflatedSize(zip, entry, budget);
      if (inflated === null) return TOO_COMPRESSED;
      budget -= inflated;
    }
  } catch {
    return DAMAGED;
  }
  return names.has('[Content_Types].xml') && names.has('word/document.xml') ? null : NOT_A_DOCUMENT;
}

class OverBudget extends Error {}

/** The entry's size once inflated, or null as soon as it passes `limit`; a broken stream throws. */
async function inflatedSize(zip: ZipFile, entry: Entry, limit: number): Promise<number | null> {
  let bytes = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > limit ? new OverBudget() : null);
    },
  });
  const raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
  try {
    await pipeline(raw, entry.compressionMethod === 8 ? createInflateRaw() : new PassThrough(), counter);
    return bytes;
  } catch (error) {
    if (error instanceof OverBudget) return null;
    throw error;
  }
}
