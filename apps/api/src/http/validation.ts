import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationFailedError, type FieldProblem } from '@app/shared';
import { isMultiLine, labelOf, labelOfType } from './request-fields';

/**
 * Which broken rule to tell a person about first. class-validator reports a field's rules in an
 * order of its own (a missing value fails IsString, MinLength and MaxLength alike, and was
 * reported as "te lang"); the kind of value comes before its size.
 */
const CONSTRAINT_PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'isString',
  'isBoolean',
  'isInt',
  'isNumber',
  'isEmail',
  'isUuid',
  'isIn',
  'isEnum',
  'matches',
  'minLength',
  'min',
  'maxLength',
  'max',
];

function rank(constraint: string): number {
  const index = CONSTRAINT_PRIORITY.indexOf(constraint);
  return index === -1 ? CONSTRAINT_PRIORITY.length : index;
}

/** A field problem with the label a person knows the field by (the sent key when the field has none). */
interface LabelledProblem extends FieldProblem {
  label: string;
}

/** "Controleer: Voornaam, Telefoonnummer." — each field once, by its label. */
function refusal(problems: LabelledProblem[]): ValidationFailedError {
  const fields = problems.map(({ field, message }) => ({ field, message }));
  return new ValidationFailedError(fields, `Controleer: ${[...new Set(problems.map((problem) => problem.label))].join(', ')}.`);
}

/**
 * One problem per field, the most telling one. A field is named by its label (`Label`); an item of
 * a list by the list's label; an unknown field (mass assignment) has none and is named by its key.
 */
function fieldProblems(errors: ValidationError[], parent = '', parentLabel?: string): LabelledProblem[] {
  return errors.flatMap((error) => {
    // A key without a name ("") cannot be pointed at; it is reported as a problem of the body.
    const property = error.property === '' ? 'body' : error.property;
    const field = parent ? `${parent}.${property}` : property;
    const constraints = Object.entries(error.constraints ?? {}).sort(([left], [right]) => rank(left) - rank(right));
    const unknown = constraints.some(([constraint]) => constraint === 'whitelistValidation');
    const label = unknown ? field : (labelOf(error.target, error.property) ?? parentLabel ?? field);
    const own = constraints.slice(0, 1).map(([constraint, message]) => ({
      field,
      label,
      message:
        constraint !== 'whitelistValidation'
          ? message
          : error.property === ''
            ? 'Een veld zonder naam hoort niet bij dit verzoek.'
            : `${field} hoort niet bij dit verzoek en wordt niet aangenomen.`,
    }));
    return [...own, ...fieldProblems(error.children ?? [], field, label)];
  });
}

/** C0 and C1 control characters and DEL (PostgreSQL refuses U+0000 outright); tab, line feed and carriage return apart. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\n\r]/;
/** Half of a UTF-16 surrogate pair without its other half ("\ud800" in JSON): no character at all. */
const LONE_SURROGATE = /\p{Cs}/u;

function isIllFormed(text: string): boolean {
  return CONTROL_CHARACTER.test(text) || LONE_SURROGATE.test(text);
}

/** A field name no field has (it would be echoed in the refusal); reported as a problem of its container. */
function keyProblems(key: string, container: string, label: string): LabelledProblem[] | undefined {
  return isIllFormed(key) || LINE_BREAK.test(key) ? [{ field: container, label, message: 'Een veldnaam bevat een teken dat niet is toegestaan.' }] : undefined;
}

/**
 * Every text in `value` that holds what no field takes, named by its path (`boards.0.boardId`) and
 * told by `label`: the label of the request's field it is in (nested texts are part of that field).
 */
function textProblems(value: unknown, field: string, label: string, allowsLineBreaks: boolean): LabelledProblem[] {
  if (typeof value === 'string') {
    if (isIllFormed(value)) return [{ field, label, message: `${label} bevat een teken dat niet is toegestaan (een stuurteken of ongeldige Unicode).` }];
    return !allowsLineBreaks && LINE_BREAK.test(value) ? [{ field, label, message: `${label} moet op één regel staan.` }] : [];
  }
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return [];
  // JSON bodies nest at most 32 levels (json-body.ts); query strings and forms are flat.
  return Object.entries(value).flatMap(([key, child]) => keyProblems(key, field, label) ?? textProblems(child, `${field}.${key}`, label, false));
}

/**
 * The one check of all text a request brings (body, query string, form fields, path parameters),
 * before any DTO or query sees it: control characters and ill-formed Unicode nowhere (before:
 * PostgreSQL failed on U+0000 and the e-mail check on a lone surrogate, both with a 500), line
 * breaks only in the fields marked `MultiLine`.
 */
function requestTextProblems(value: unknown, metadata: ArgumentMetadata): LabelledProblem[] {
  if (metadata.type === 'custom') return [];
  const name = metadata.data ?? metadata.type;
  if (metadata.data !== undefined || typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return textProblems(value, name, name, false);
  return Object.entries(value).flatMap(
    ([key, child]) => keyProblems(key, name, name) ?? textProblems(child, key, labelOfType(metadata.metatype, key) ?? key, isMultiLine(metadata.metatype, key)),
  );
}

/**
 * A body that is not a JSON object (a string, a number, an array, form text) would otherwise be
 * validated as an empty stand-in and refused with misleading per-field messages.
 */
class ObjectBodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isObject = typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);
    if (metadata.type === 'body' && value !== undefined && value !== null && !isObject) {
      throw new ValidationFailedError(
        [{ field: 'body', message: 'De body moet een JSON-object zijn.' }],
        'Stuur de gegevens als JSON-object (application/json).',
      );
    }
    const problems = requestTextProblems(value, metadata);
    if (problems.length > 0) throw refusal(problems);
    return super.transform(value, metadata);
  }
}

/** Refuses unknown fields (mass assignment) and names every field that is wrong. */
export function createValidationPipe(): ValidationPipe {
  return new ObjectBodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: false,
    transform: true,
    // The target (the request object) is read for the fields' labels only; the refusal never shows it.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => refusal(fieldProblems(errors)),
  });
}
