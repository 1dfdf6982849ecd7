/** The document types R2 accepts, as recognised by their content. */
export type DocumentMediaType = 'application/pdf' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
};

// Runs of what a name shown or saved must not hold: C0 and C1 controls, bidirectional and other
// invisible format marks (U+200B–U+200F, U+202A–U+202E, U+2060–U+206F, U+061C, U+FEFF), lone
// surrogates, and the characters file systems refuse (path separators included).
const UNSAFE_RUN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /(?:[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"*:<>?|\\/]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])+/g;
const EDGES = /^[\s.-]+|[\s.-]+$/g;
const TRAILING = /[\s.-]+$/;
/** A dot, a letter and at most seven letters or digits at the end: `.exe`, `.html`, `.pdf` — not the `.3` of `cv v1.3`. */
const LAST_EXTENSION = /\.[a-z][a-z0-9]{0,7}$/i;
const MAX_BASE_LENGTH = 120;

/**
 * The name a document is stored and downloaded under: the sender's base name, readable, with every
 * dangerous run of characters replaced by one hyphen, its last extension replaced by the one of the
 * detected type (an earlier copy of that extension is not doubled). So `cv\u202efdp.exe` becomes
 * `cv-fdp.pdf`, `poly.html` (a PDF) `poly.pdf`, `evil.pdf.exe` `evil.pdf`, `../../passwd.pdf` `passwd.pdf`.
 * Applying it twice changes nothing.
 */
export function safeDocumentName(sentName: string, mediaType: string): string {
  const extension = EXTENSIONS[mediaType] ?? '';
  const baseName = sentName.split(/[\\/]/).pop() ?? '';
  let stem = baseName.replace(UNSAFE_RUN, '-').normalize('NFC').replace(TRAILING, '').replace(LAST_EXTENSION, '');
  if (extension && stem.toLowerCase().endsWith(extension)) stem = stem.slice(0, -extension.length);
  stem = Array.from(stem).slice(0, MAX_BASE_LENGTH).join('').replace(EDGES, '');
  return `${stem || 'document'}${extension}`;
}
