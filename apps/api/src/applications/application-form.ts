import multipart, { type MultipartFile } from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { DomainError, ValidationFailedError, type FieldProblem } from '@app/shared';
import { StorageService } from '@app/infra';
import { MAX_DOCUMENT_BYTES, type IncomingDocument } from '@app/candidates';
import { labelOfType } from '../http/request-fields';
import { ApplicationRequest } from './application.request';

export const DOCUMENT_FIELDS = ['motivationLetter', 'cv'] as const;
type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** The file fields by the labels the form shows them under. */
const DOCUMENT_LABELS: Readonly<Record<DocumentField, string>> = { motivationLetter: 'Motivatiebrief', cv: 'CV' };

/** How a person knows a field of the form: by its label; a field the form does not have by the sent name. */
function labelOfFormField(field: string): string {
  return (DOCUMENT_LABELS as Readonly<Record<string, string>>)[field] ?? labelOfType(ApplicationRequest, field) ?? field;
}

/** Route config (`@RouteConfig`) of the one route that takes documents; files sent elsewhere are read away. */
export const DOCUMENT_UPLOADS = { documentUploads: true };

interface Upload {
  /** Written to the incoming area; whatever the service did not keep is removed after the answer. */
  files: IncomingDocument[];
  /** Found while reading, told before the text fields are judged (as a person fixes files first). */
  problems: DomainError[];
  parsing: boolean;
}

const uploads = new WeakMap<FastifyRequest, Upload>();

function uploadOf(request: FastifyRequest): Upload {
  let upload = uploads.get(request);
  if (!upload) uploads.set(request, (upload = { files: [], problems: [], parsing: false }));
  return upload;
}

/** The documents of a form that passed the checks of this file. */
export function uploadedDocuments(request: FastifyRequest): IncomingDocument[] {
  return uploads.get(request)?.files ?? [];
}

/** The required documents the form lacks, as field problems. */
export function missingDocuments(request: FastifyRequest): FieldProblem[] {
  const files = uploadedDocuments(request);
  return DOCUMENT_FIELDS.filter((field) => !files.some((file) => file.field === field)).map((field) => ({
    field,
    message: `${DOCUMENT_LABELS[field]} is verplicht (PDF of DOCX, maximaal 10 MB).`,
  }));
}

/** "Voeg toe: Motivatiebrief, CV." — the refusal of a form that lacks `missing`. */
export function missingDocumentsRefusal(missing: FieldProblem[]): ValidationFailedError {
  return new ValidationFailedError(missing, `Voeg toe: ${missing.map((problem) => labelOfFormField(problem.field)).join(', ')}.`);
}

/** An error raised while @fastify/multipart read the form (malformed, limits), not by the route. */
export function isFormReadingError(request: FastifyRequest): boolean {
  return uploads.get(request)?.parsing === true;
}

/**
 * Multipart forms become the request body, so the global ValidationPipe judges their text fields
 * like any JSON body. Files stream into the incoming area (never into memory, never under the
 * sender's name); each file field at most once, 10 MB at most.
 */
export async function registerApplicationForm(app: NestFastifyApplication, storage: StorageService): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // Before and after the plugin's own preValidation hook, which reads the whole form.
  fastify.addHook('preValidation', async (request) => {
    if (request.isMultipart()) uploadOf(request).parsing = true;
  });
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    // A few more files than the form has, so an extra file (a photo, an ID copy, a second cv) is
    // refused by its own name rather than by the parser's anonymous count.
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: DOCUMENT_FIELDS.length + 4, fields: 12, fieldSize: 4096, parts: 16, headerPairs: 100 },
    async onFile(this: FastifyRequest, part: MultipartFile) {
      await receiveFile(this, part, storage);
    },
  });
  fastify.addHook('preValidation', async (request) => {
    const upload = uploads.get(request);
    if (!upload) return;
    upload.parsing = false;
    const [problem] = upload.problems;
    if (problem) throw problem;
    const repeated = Object.entries((request.body ?? {}) as Record<string, unknown>).find(([, value]) => Array.isArray(value));
    if (repeated) throw fieldProblem(repeated[0], `${labelOfFormField(repeated[0])} komt meer dan eens voor.`);
  });
  fastify.addHook('onError', async (request) => {
    // A refused form may be half-read: read the rest away, or the keep-alive connection stalls
    // and the next request on it is never answered.
    if (request.isMultipart() && !request.raw.readableEnded) {
      request.raw.unpipe();
      request.raw.resume();
    }
  });
  // Before the answer leaves, so a refused applicant's files are gone once they read the refusal.
  fastify.addHook('onSend', async (request) => {
    const upload = uploads.get(request);
    // Kept documents were moved away already; the rest (a refusal, an error) goes.
    if (upload) await Promise.all(upload.files.map((file) => storage.discard(file.path)));
  });
}

/**
 * A route that takes one file of its own (issue 15's import), as `@RouteConfig({ singleFile, multipartOptions })`:
 * the file under `field`, at most `maxBytes`, into the incoming area like the documents.
 */
export interface SingleFileUpload {
  field: string;
  label: string;
  maxBytes: number;
}

/** The one file of a SingleFileUpload route, when it arrived whole. */
export function uploadedFile(request: FastifyRequest): { path: string; fileName: string; sizeBytes: number } | null {
  const [file] = uploads.get(request)?.files ?? [];
  return file ? { path: file.path, fileName: file.fileName, sizeBytes: file.sizeBytes } : null;
}

async function receiveSingleFile(request: FastifyRequest, part: MultipartFile, storage: StorageService, single: SingleFileUpload): Promise<void> {
  const upload = uploadOf(request);
  if (part.fieldname !== single.field || upload.files.length > 0) {
    part.file.resume();
    upload.problems.push(fieldProblem(part.fieldname, `Stuur één bestand, in het veld ${single.field}.`));
    return;
  }
  const path = await storage.incomingPath();
  const file = { field: single.field, path, fileName: part.filename || 'bestand', sizeBytes: 0 } as unknown as IncomingDocument;
  upload.files.push(file);
  await pipeline(part.file, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  if (part.file.truncated) {
    const message = `${single.label} is groter dan ${Math.round(single.maxBytes / 1024 / 1024)} MB.`;
    upload.problems.push(new DomainError('uploads.file_too_large', 'unprocessable', message, [{ field: single.field, message }]));
  }
  file.sizeBytes = part.file.bytesRead;
}

async function receiveFile(request: FastifyRequest, part: MultipartFile, storage: StorageService): Promise<void> {
  const single = (request.routeOptions.config as { singleFile?: SingleFileUpload }).singleFile;
  if (single) return receiveSingleFile(request, part, storage, single);
  const upload = uploadOf(request);
  const field = part.fieldname;
  const takesDocuments = (request.routeOptions.config as { documentUploads?: boolean }).documentUploads === true;
  if (!takesDocuments || !(DOCUMENT_FIELDS as readonly string[]).includes(field)) {
    part.file.resume();
    upload.problems.push(fieldProblem(field, unexpectedFileMessage(field, takesDocuments)));
    return;
  }
  if (upload.files.some((file) => file.field === field)) {
    part.file.resume();
    upload.problems.push(fieldProblem(field, `${DOCUMENT_LABELS[field as DocumentField]} komt meer dan eens voor.`));
    return;
  }
  const path = await storage.incomingPath();
  const document: IncomingDocument = { field: field as DocumentField, path, fileName: part.filename || 'document', sizeBytes: 0 };
  upload.files.push(document);
  await pipeline(part.file, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  if (part.file.truncated) {
    const message = `${DOCUMENT_LABELS[document.field]} is groter dan 10 MB.`;
    upload.problems.push(new DomainError('applications.file_too_large', 'unprocessable', message, [{ field, message }]));
  }
  document.sizeBytes = part.file.bytesRead;
}

/** A file where the route takes none, or under a name that is no file field: a text field by its label, anything else by its name. */
function unexpectedFileMessage(field: string, takesDocuments: boolean): string {
  if (!takesDocuments) return `${field} hoort niet bij dit verzoek: hier kunnen geen bestanden mee.`;
  const label = labelOfFormField(field);
  return label === field
    ? `${field} is geen veld van dit formulier; stuur alleen een motivatiebrief en een CV.`
    : `${label} is geen bestand: vul het in als tekst.`;
}

function fieldProblem(field: string, message: string): ValidationFailedError {
  return new ValidationFailedError([{ field: field.slice(0, 100), message }], message);
}

const FORM_PROBLEMS: Record<string, string> = {
  FST_PROTO_VIOLATION: 'Een veldnaam als __proto__, constructor of toString hoort niet bij dit formulier.',
  FST_FILES_LIMIT: 'Het formulier heeft te veel velden of bestanden.',
  FST_PARTS_LIMIT: 'Het formulier heeft te veel velden of bestanden.',
  FST_FIELDS_LIMIT: 'Het formulier heeft te veel velden of bestanden.',
};

/**
 * The refusal for an error raised while the form was read: the parser's limits by their code, and
 * anything else there (busboy's malformed-form errors carry no code) as an incomplete form.
 */
export function formReadingRefusal(error: unknown): ValidationFailedError {
  const withCause = error as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof withCause.code === 'string' ? withCause.code : typeof withCause.cause?.code === 'string' ? withCause.cause.code : '';
  return new ValidationFailedError([{ field: 'form', message: FORM_PROBLEMS[code] ?? 'Het formulier is onvolledig of beschadigd.' }]);
}
