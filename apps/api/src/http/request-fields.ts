import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { isCalendarDate, REGIONS } from '@app/shared';

/** Trims text; anything else is left for the validators to refuse. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const LABEL = Symbol('label');

/**
 * The field's Dutch label, as the web page shows it ("Telefoonnummer"): every message about the
 * field names it by this label, the refusal's `field` keeps the API name for programs.
 */
export function Label(label: string): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(LABEL, label, target, property);
}

/** The label of `property` of a request object (an instance or a class's prototype), if it has one. */
export function labelOf(target: unknown, property: string): string | undefined {
  if (typeof target !== 'object' || target === null) return undefined;
  const label: unknown = Reflect.getMetadata(LABEL, target, property);
  return typeof label === 'string' ? label : undefined;
}

/** The label of `property` of the request class `type`, if it has one. */
export function labelOfType(type: unknown, property: string): string | undefined {
  return typeof type === 'function' ? labelOf(type.prototype, property) : undefined;
}

interface TextOptions {
  max: number;
  /** Fewest characters (after trimming, when trimmed). */
  min?: number;
  /** Refused when shorter than `min`. */
  tooShort?: string;
  /** Default `<label> is te lang (maximaal <max> tekens).` */
  tooLong?: string;
  /** Trim before validating (default true). */
  trim?: boolean;
  /** A text a person writes in lines (a textarea): line breaks allowed (default false). */
  multiLine?: boolean;
  /** The OpenAPI description of the field, as the document shows it. */
  api?: ApiPropertyOptions;
}

const tooLongMessage = (label: string, max: number) => `${label} is te lang (maximaal ${max} tekens).`;

const MULTI_LINE = Symbol('multi-line text');

/** Marks a text a person writes in lines: the one place (validation.ts) that refuses control characters lets its line breaks pass. */
export function MultiLine(): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(MULTI_LINE, true, target, property);
}

/** Whether `property` of the request class `type` is a text marked `MultiLine`. */
export function isMultiLine(type: unknown, property: string): boolean {
  return typeof type === 'function' && Reflect.getMetadata(MULTI_LINE, type.prototype as object, property) === true;
}

/** A text that must be there: `required` when it is missing or no text, and (default) when too short. */
export function RequiredText(label: string, options: TextOptions & { required?: string }) {
  const { max, min = 1, required = `${label} is verplicht.`, tooShort = required, tooLong = tooLongMessage(label, max), trim = true } = options;
  return applyDecorators(
    Label(label),
    ApiProperty(options.api ?? {}),
    ...(trim ? [Transform(trimmed)] : []),
    ...(options.multiLine ? [MultiLine()] : []),
    IsString({ message: required }),
    MinLength(min, { message: tooShort }),
    MaxLength(max, { message: tooLong }),
  );
}

/** A text that may be left out. */
export function OptionalText(label: string, options: TextOptions & { notText?: string }) {
  const { max, min, tooShort = `${label} moet minstens ${min ?? 0} tekens hebben.`, tooLong = tooLongMessage(label, max), trim = true } = options;
  const { notText = `${label} moet tekst zijn.` } = options;
  return applyDecorators(
    Label(label),
    ApiPropertyOptional(options.api ?? {}),
    IsOptional(),
    ...(trim ? [Transform(trimmed)] : []),
    ...(options.multiLine ? [MultiLine()] : []),
    IsString({ message: notText }),
    ...(min === undefined ? [] : [MinLength(min, { message: tooShort })]),
    MaxLength(max, { message: tooLong }),
  );
}

/** An e-mail address of at most 254 characters (the longest a mailbox can have). */
export function EmailAddress(options: { trim: boolean; api?: ApiPropertyOptions }) {
  const label = 'E-mailadres';
  return applyDecorators(
    Label(label),
    ApiProperty(options.api ?? {}),
    ...(options.trim ? [Transform(trimmed)] : []),
    IsEmail({}, { message: `${label} is geen geldig e-mailadres (bijvoorbeeld naam@voorbeeld.nl).` }),
    MaxLength(254, { message: `${label} is te lang (maximaal 254 tekens).` }),
  );
}

/**
 * A calendar day 'YYYY-MM-DD' that exists, by the kernel's strict parser. Not class-validator's
 * IsDateString: its ISO 8601 pattern takes any whitespace as the date-time separator, so
 * '2024-08-01\u00a0' (or a newline, U+3000) passed as a date and PostgreSQL refused it with a 500.
 */
export function CalendarDay(label: string) {
  const message = `${label} moet een bestaande datum zijn (JJJJ-MM-DD).`;
  return applyDecorators(
    Label(label),
    ValidateBy({ name: 'isCalendarDay', validator: { validate: (value) => typeof value === 'string' && isCalendarDate(value) } }, { message }),
  );
}

/** An id that may be left out; `message` defaults to `<label> moet een id zijn.` */
export function OptionalUuid(label: string, options: { message?: string; api?: ApiPropertyOptions } = {}) {
  const { message = `${label} moet een id zijn.`, api = {} } = options;
  return applyDecorators(Label(label), ApiPropertyOptional(api), IsOptional(), IsUUID('all', { message }));
}

/**
 * A whole number from `min` to `max` that may be left out; `fromQuery` turns the query string's
 * text into a number first. `api` is what the OpenAPI document shows (default the bounds).
 */
export function OptionalWholeNumber(label: string, options: { min: number; max: number; fromQuery: boolean; notWhole?: string; api?: ApiPropertyOptions }) {
  const { min, max, fromQuery, notWhole = `${label} moet een geheel getal zijn.`, api = { minimum: min, maximum: max } } = options;
  return applyDecorators(
    Label(label),
    ApiPropertyOptional(api),
    IsOptional(),
    ...(fromQuery ? [Type(() => Number)] : []),
    IsInt({ message: notWhole }),
    Min(min, { message: `${label} moet minstens ${min} zijn.` }),
    Max(max, { message: `${label} mag hoogstens ${max} zijn.` }),
  );
}

/** A school year 'YYYY-YYYY' that may be left out (a filter); `api` adds to the OpenAPI document's example. */
export function OptionalSchoolYear(label: string, api: ApiPropertyOptions = {}) {
  return applyDecorators(
    ApiPropertyOptional({ example: '2025-2026', ...api }),
    Label(label),
    IsOptional(),
    Matches(/^\d{4}-\d{4}$/, { message: `${label} moet een schooljaar zijn als JJJJ-JJJJ, bijvoorbeeld 2025-2026.` }),
  );
}

/** One of the regions, or left out (a filter). */
export function OptionalRegion() {
  return applyDecorators(
    ApiPropertyOptional({ enum: REGIONS }),
    Label('Regio'),
    IsOptional(),
    IsIn(REGIONS, { message: `Regio moet een van deze zijn: ${REGIONS.join(', ')}.` }),
  );
}
