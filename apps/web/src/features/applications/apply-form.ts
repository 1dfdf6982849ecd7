import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import type { DegreeLevel, Region } from '../../api/models';
import { DEGREE_LEVELS, REGIONS } from '../../shared/labels';

const required = (message: string) => z.string().trim().min(1, message);
const document = (message: string) => z.custom<FileList>((value) => value instanceof FileList && value.length === 1, message);

/** The public application form; the server checks eligibility, files and duplicates (R1–R3). */
export const applySchema = z.object({
  firstName: required('Vul je voornaam in.'),
  lastName: required('Vul je achternaam in.'),
  email: required('Vul je e-mailadres in.'),
  phone: required('Vul je telefoonnummer in.'),
  degreeLevel: z.enum(DEGREE_LEVELS as [DegreeLevel, ...DegreeLevel[]], 'Kies je opleiding.'),
  degreeField: required('Vul je studierichting in.'),
  region: z.enum(REGIONS as [Region, ...Region[]], 'Kies een regio.'),
  motivationLetter: document('Kies je motivatiebrief.'),
  cv: document('Kies je cv.'),
  consentToKeep: z.boolean(),
});

export type ApplyValues = z.input<typeof applySchema>;
export type Application = z.output<typeof applySchema>;

export const APPLY_DEFAULTS: DefaultValues<ApplyValues> = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  degreeField: '',
  consentToKeep: false,
};

/** The multipart body `POST /api/applications` reads. */
export function toFormData(application: Application): FormData {
  const form = new FormData();
  const { motivationLetter, cv, consentToKeep, ...fields } = application;
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('motivationLetter', motivationLetter[0]);
  form.set('cv', cv[0]);
  form.set('consentToKeep', consentToKeep ? 'true' : 'false');
  return form;
}
