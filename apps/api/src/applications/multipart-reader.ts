import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { DomainError, ValidationFailedError } from '@app/shared';
import { StorageService } from '@app/infra';
import type { IncomingDocument } from '@app/candidates';

const FILE_FIELDS = ['motivationLetter', 'cv'] as const;
type FileField = (typeof FILE_FIELDS)[number];

export interface MultipartForm {
  fields: Record<string, string>;
  files: IncomingDocument[];
}

/**
 * Streams a multipart form: text fields into memory, files into the incoming area (never into
 * memory, never under the sender's name). On any refusal every file written so far is removed.
 */
export async function readApplicationForm(request: FastifyRequest, storage: StorageService): Promise<MultipartForm> {
  if (!request.isMultipart()) {
    throw new DomainError('applications.not_multipart', 'invalid', 'Stuur het formulier als multipart/form-data met motivationLetter en cv.');
  }
  const form: MultipartForm = { fields: Object.create(null) as Record<string, string>, files: [] };
  try {
    // A few more files than the form has, so an extra file (a photo, an ID copy, a second cv) is
    // refused by its own name below rather than by the parser's anonymous count.
    for await (const part of request.parts({ limits: { files: FILE_FIELDS.length + 4 } })) {
      if (part.type === 'file') {
        await readFile(part, form, storage);
      } else {
        if (part.fieldname in form.fields) throw fieldProblem(part.fieldname, `${part.fieldname} komt meer dan eens voor.`);
        if (typeof part.value !== 'string') throw fieldProblem(part.fieldname, `${part.fieldname} moet tekst zijn.`);
        form.fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    // Parsing stops here; the rest of the upload is read away. Left half-read, the request would
    // stall the parser and hold its keep-alive connection (the next request on it never answered).
    request.raw.unpipe();
    request.raw.resume();
    await Promise.all(form.files.map((file) => storage.discard(file.path)));
    throw translate(error);
  }
  return form;
}

/** The required files that the form lacks, as field problems. */
export function missingFiles(form: MultipartForm): { field: string; message: string }[] {
  return FILE_FIELDS.filter((field) => !form.files.some((file) => file.field === field)).map((field) => ({
    field,
    message: `${field} is verplicht (PDF of DOCX, maximaal 10 MB).`,
  }));
}

async function readFile(part: MultipartFile, form: MultipartForm, storage: StorageService): Promise<void> {
  const field = part.fieldname;
  if (!(FILE_FIELDS as readonly string[]).includes(field)) {
    part.file.resume();
    throw fieldProblem(field, `${field} is geen veld van dit formulier; stuur alleen motivationLetter en cv.`);
  }
  if (form.files.some((file) => file.field === field)) {
    part.file.resume();
    throw fieldProblem(field, `${field} komt meer dan eens voor.`);
  }
  const path = await storage.incomingPath();
  const document: IncomingDocument = { field: field as FileField, path, fileName: part.filename ?? 'document', sizeBytes: 0 };
  form.files.push(document);
  await pipeline(part.file, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  if (part.file.truncated) throw new DomainError('applications.file_too_large', 'unprocessable', `${field} is groter dan 10 MB.`, [{ field, message: `${field} is groter dan 10 MB.` }]);
  document.sizeBytes = part.file.bytesRead;
}

function fieldProblem(field: string, message: string): ValidationFailedError {
  return new ValidationFailedError([{ field: field.slice(0, 100), message }], message);
}

function translate(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    const field = (error as { part?: { fieldname?: string } }).part?.fieldname?.slice(0, 100) ?? 'file';
    return new DomainError('applications.file_too_large', 'unprocessable', `${field} is groter dan 10 MB.`, [{ field, message: 'Maximaal 10 MB per bestand.' }]);
  }
  if (code === 'FST_PROTO_VIOLATION') {
    return new ValidationFailedError([{ field: 'form', message: 'Een veldnaam als __proto__, constructor of toString hoort niet bij dit formulier.' }]);
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new ValidationFailedError([{ field: 'form', message: 'Het formulier heeft te veel velden of bestanden.' }]);
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || (error instanceof Error && /Multipart|boundary|Unexpected end of form/i.test(error.message))) {
    return new ValidationFailedError([{ field: 'form', message: 'Het formulier is onvolledig of beschadigd.' }]);
  }
  return error;
}
