import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationFailedError, type FieldProblem } from '@app/shared';
import { isMultiLine } from './request-fields';

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

/** One problem per field, the most telling one, in Dutch for unknown fields (mass assignment). */
function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    // A key without a name ("") cannot be pointed at; it is reported as a problem of the body.
    const property = error.property === '' ? 'body' : error.property;
    const field = parent ? `${parent}.${property}` : property;
    const constraints = Object.entries(error.constraints ?? {}).sort(([left], [right]) => rank(left) - rank(right));
    const own = constraints.slice(0, 1).map(([constraint, message]) => ({
      field,
      message:
        constraint !== 'whitelistValidation'
          ? message
          : error.property === ''
            ? 'Een veld zonder naam hoort niet bij dit verzoek.'
            : `${field} hoort niet bij dit verzoek en wordt niet aangenomen.`,
    }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
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
function keyProblems(key: string, container: string): FieldProblem[] | undefined {
  return isIllFormed(key) || LINE_BREAK.test(key) ? [{ field: container, message: 'Een veldnaam bevat een teken dat niet is toegestaan.' }] : undefined;
}

/** Every text in `value` that holds what no field takes, named by its path (`boards.0.boardId`). */
function textProblems(value: unknown, field: string, allowsLineBreaks: boolean): FieldProblem[] {
  if (typeof value === 'string') {
    if (isIllFormed(value)) return [{ field, message: `${field} bevat een teken dat niet is toegestaan (een stuurteken of ongeldige Unicode).` }];
    return !allowsLineBreaks && LINE_BREAK.test(value) ? [{ field, message: `${field} moet op één regel staan.` }] : [];
  }
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return [];
  // JSON bodies nest at most 32 levels (json-body.ts); query strings and forms are flat.
  return Object.entries(value).flatMap(([key, child]) => keyProblems(key, field) ?? textProblems(child, `${field}.${key}`, false));
}

/**
 * The one check of all text a request brings (body, query string, form fields, path parameters),
 * before any DTO or query sees it: control characters and ill-formed Unicode nowhere (before:
 * PostgreSQL failed on U+0000 and the e-mail check on a lone surrogate, both with a 500), line
 * breaks only in the fields marked `MultiLine`.
 */
function requestTextProblems(value: unknown, metadata: ArgumentMetadata): FieldProblem[] {
  if (metadata.type === 'custom') return [];
  const name = metadata.data ?? metadata.type;
  if (metadata.data !== undefined || typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return textProblems(value, name, false);
  return Object.entries(value).flatMap(([key, child]) => keyProblems(key, name) ?? textProblems(child, key, isMultiLine(metadata.metatype, key)));
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
    if (problems.length > 0) throw new ValidationFailedError(problems, `Controleer: ${[...new Set(problems.map((problem) => problem.field))].join(', ')}.`);
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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = fieldProblems(errors);
      return new ValidationFailedError(fields, `Controleer: ${[...new Set(fields.map((problem) => problem.field))].join(', ')}.`);
    },
  });
}
