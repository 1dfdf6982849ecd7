import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationFailedError, type FieldProblem } from '@app/shared';

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
