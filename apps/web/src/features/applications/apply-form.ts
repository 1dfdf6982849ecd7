import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import type { DegreeLevel, Region } from '../../api/models';
import { DEGREE_LEVELS, REGIONS } from '../../shared/labels';
import { DEFAULT_ROUTE } from '../../../../../libs/routes/src/domain/eligibility.policy';

const required = (message: string) => z.string().trim().min(1, message);

/** As the server refuses them (R2): it checks the content too, this only spares the upload. */
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Each accepted extension with the types a browser may give its files ('' when it does not know). */
const DOCUMENT_TYPES: Record<string, readonly string[]> = {
  pdf: ['application/pdf', ''],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', ''],
};

/** What is wrong with a chosen document by its extension, type and size, or null. */
function documentProblem(file: File, what: string): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const types = DOCUMENT_TYPES[extension];
  if (!types || !types.includes(file.type)) return `${what} moet een PDF- of DOCX-bestand zijn.`;
  if (file.size > MAX_DOCUMENT_BYTES) return `${what} is groter dan 10 MB. Kies een kleiner bestand.`;
  if (file.size === 0) return `${what} is leeg.`;
  return null;
}

/** One required document: checked as soon as it is chosen, before anything is sent. */
const document = (missing: string, what: string) =>
  z.custom<FileList>().superRefine((files, context) => {
    const file = files instanceof FileList && files.length === 1 ? files[0] : null;
    const problem = file ? documentProblem(file, what) : missing;
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** The public application form; the server checks eligibility, files and duplicates again (R1–R3). */
export const applySchema = z.object({
  firstName: required('Vul je voornaam in.'),
  lastName: required('Vul je achternaam in.'),
  email: required('Vul je e-mailadres in.'),
  phone: required('Vul je telefoonnummer in.'),
  route: required('Kies een route.'),
  degreeLevel: z.enum(DEGREE_LEVELS as [DegreeLevel, ...DegreeLevel[]], 'Kies je opleiding.'),
  degreeField: required('Vul je studierichting in.'),
  region: z.enum(REGIONS as [Region, ...Region[]], 'Kies een regio.'),
  motivationLetter: document('Kies je motivatiebrief.', 'De motivatiebrief'),
  cv: document('Kies je cv.', 'Het cv'),
  consentToKeep: z.boolean(),
  /** Issue 16: how the applicant heard of Flevowijs; optional ('' is no answer). */
  source: z.string(),
  sourceDetail: z.string().trim().max(200, 'Toelichting mag hoogstens 200 tekens hebben.'),
});

export type ApplyValues = z.input<typeof applySchema>;
export type Application = z.output<typeof applySchema>;

export const APPLY_DEFAULTS: DefaultValues<ApplyValues> = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  degreeField: '',
  route: DEFAULT_ROUTE,
  consentToKeep: false,
  source: '',
  sourceDetail: '',
};

/** The multipart body `POST /api/applications` reads. */
export function toFormData(application: Application): FormData {
  const form = new FormData();
  const { motivationLetter, cv, consentToKeep, source, sourceDetail, ...fields } = application;
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  // No answer is sent as no field; the free text only with a source that asks for it (the caller empties it otherwise).
  if (source) form.set('source', source);
  if (source && sourceDetail) form.set('sourceDetail', sourceDetail);
  form.set('motivationLetter', motivationLetter[0]);
  form.set('cv', cv[0]);
  form.set('consentToKeep', consentToKeep ? 'true' : 'false');
  return form;
}
