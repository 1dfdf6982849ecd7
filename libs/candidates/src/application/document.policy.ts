import { open } from 'node:fs/promises';
import { fromFd, type Entry } from 'yauzl';

/** R2: motivation letter and CV, recognised by content, at most 10 MB each. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const MAX_DOCX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 2000;
const MAX_DOCX_RATIO = 150;

export type DocumentMediaType = 'application/pdf' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type DocumentVerdict = { accepted: true; mediaType: DocumentMediaType } | { accepted: false; reason: string };

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Decides by the bytes, never by the file name, whether a stored file is an acceptable document. */
export async function inspectDocument(path: string, sizeBytes: number): Promise<DocumentVerdict> {
  if (sizeBytes === 0) return { accepted: false, reason: 'Het bestand is leeg.' };
  if (sizeBytes > MAX_DOCUMENT_BYTES) return { accepted: false, reason: 'Het bestand is groter dan 10 MB.' };
  const head = await readHead(path, 8);
  if (head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return { accepted: true, mediaType: 'application/pdf' };
  if (head.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    const problem = await inspectDocx(path, sizeBytes);
    return problem
      ? { accepted: false, reason: problem }
      : { accepted: true, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  }
  return { accepted: false, reason: 'Alleen PDF- of Word-bestanden (DOCX) worden geaccepteerd.' };
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

/** A DOCX is a zip with a Word document inside; the central directory is read, nothing is inflated. */
async function inspectDocx(path: string, sizeBytes: number): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const entries = await listZipEntries(handle.fd);
    if (entries === null) return 'Het Word-bestand is beschadigd.';
    const names = new Set(entries.map((entry) => entry.fileName));
    if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) {
      return 'Alleen PDF- of Word-bestanden (DOCX) worden geaccepteerd.';
    }
    const uncompressed = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
    if (entries.length > MAX_DOCX_ENTRIES || uncompressed > MAX_DOCX_UNCOMPRESSED_BYTES || uncompressed > sizeBytes * MAX_DOCX_RATIO) {
      return 'Het Word-bestand is ongewoon sterk gecomprimeerd en wordt om veiligheidsredenen geweigerd.';
    }
    return null;
  } finally {
    await handle.close();
  }
}

function listZipEntries(fileDescriptor: number): Promise<Entry[] | null> {
  return new Promise((resolve) => {
    fromFd(fileDescriptor, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return resolve(null);
      const entries: Entry[] = [];
      zip.on('entry', (entry: Entry) => {
        entries.push(entry);
        if (entries.length > MAX_DOCX_ENTRIES) {
          zip.close();
          return resolve(entries);
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', () => resolve(null));
      zip.readEntry();
    });
  });
}
