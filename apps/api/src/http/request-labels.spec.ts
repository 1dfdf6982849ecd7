import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';
import { ValidationFailedError } from '@app/shared';
import { labelOfType } from './request-fields';
import { createValidationPipe } from './validation';

/**
 * Issue 11, item 2: every message a person reads names a field by its Dutch label, never by its API
 * name. Walks every request class of the API (each export of each `*.request.ts`), so a new field
 * or a new request file is held to the rule without being listed here.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const API_SOURCE = join(ROOT, 'apps', 'api', 'src');

function filesUnder(directory: string, suffix: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(path, suffix);
    return entry.name.endsWith(suffix) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

type RequestClass = new () => object;

/** The property name as a word of its own, case-sensitive: "Code" may stand in a message about `code`, "phone" may not. */
/** API names that are Dutch words too (a message may say "de route" or "de status" to a person). */
const DUTCH_WORDS = new Set(['route', 'status', 'code']);

function namesProperty(message: string, property: string): boolean {
  if (DUTCH_WORDS.has(property)) return false;
  return new RegExp(`(^|[^A-Za-z0-9_])${property}($|[^A-Za-z0-9_])`).test(message);
}

/** What a metadata entry says, as class-validator would: its own message (text or function), or undefined (the English default). */
function messageOf(message: unknown, property: string, target: RequestClass): string | undefined {
  if (typeof message === 'string') return message;
  if (typeof message !== 'function') return undefined;
  const args: ValidationArguments = { value: undefined, constraints: [], targetName: target.name, object: {}, property };
  return (message as (args: ValidationArguments) => string)(args);
}

/** Types of metadata that never produce a message of their own. */
const SILENT_TYPES = new Set([ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.WHITELIST]);

describe('request fields are named by their Dutch labels', () => {
  let requestClasses: RequestClass[] = [];

  beforeAll(async () => {
    const modules = await Promise.all(filesUnder(API_SOURCE, '.request.ts').map((file) => import(file) as Promise<Record<string, unknown>>));
    requestClasses = modules.flatMap((module) =>
      Object.values(module).filter((value): value is RequestClass => typeof value === 'function' && /^[A-Z]\w*Request$/.test(value.name)),
    );
  });

  const validatedProperties = (type: RequestClass) => {
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    return [...new Set(metadatas.map((metadata) => metadata.propertyName))].map((property) => ({
      property,
      metadatas: metadatas.filter((metadata) => metadata.propertyName === property),
    }));
  };

  it('finds the request classes of every area, nested ones too', () => {
    const names = requestClasses.map((type) => type.name);
    expect(names).toEqual(
      expect.arrayContaining(['ApplicationRequest', 'LoginRequest', 'ScheduleInterviewRequest', 'InterviewBoardRequest', 'AuditListRequest']),
    );
    expect(requestClasses.filter((type) => validatedProperties(type).length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('gives every validated property a label, and every rule a Dutch message with that label and without the API name', () => {
    const wrong: string[] = [];
    for (const type of requestClasses) {
      for (const { property, metadatas } of validatedProperties(type)) {
        const label = labelOfType(type, property);
        if (!label) {
          wrong.push(`${type.name}.${property}: no @Label`);
          continue;
        }
        if (namesProperty(label, property)) wrong.push(`${type.name}.${property}: the label "${label}" is the API name`);
        for (const metadata of metadatas.filter((entry) => !SILENT_TYPES.has(entry.type))) {
          const rule = `${type.name}.${property} (${metadata.name ?? metadata.type})`;
          const message = messageOf(metadata.message, property, type);
          if (message === undefined) wrong.push(`${rule}: class-validator's English default message`);
          else if (!message.toLowerCase().includes(label.toLowerCase())) wrong.push(`${rule}: "${message}" does not name "${label}"`);
          else if (namesProperty(message, property)) wrong.push(`${rule}: "${message}" names the API field`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  /** The refusal of `body` by the API's validation pipe. */
  async function refusalOf(type: RequestClass, body: Record<string, unknown>): Promise<ValidationFailedError> {
    const refused = await createValidationPipe()
      .transform(body, { type: 'body', metatype: type })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    if (!(refused instanceof ValidationFailedError)) throw new Error(`${type.name} took ${JSON.stringify(body)}`);
    return refused;
  }

  it('refuses a wrong value in every field, nested ones too, with labelled messages and summary', async () => {
    const wrong: string[] = [];
    for (const type of requestClasses) {
      const properties = validatedProperties(type).map(({ property }) => property);
      if (properties.length === 0) continue;
      // A list holding an empty object is no text, number, date, id or choice, and opens a nested item.
      const refusal = await refusalOf(type, Object.fromEntries(properties.map((property) => [property, [{}]])));
      for (const { field, message } of refusal.fields) {
        const property = field.split('.').pop() as string;
        if (namesProperty(message, property)) wrong.push(`${type.name} ${field}: "${message}"`);
      }
      for (const property of properties) if (namesProperty(refusal.message, property)) wrong.push(`${type.name} summary: "${refusal.message}"`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the validation pipe names fields by their labels', () => {
  // Imported here, not at the top: the first describe block finds them by walking the files.
  const load = async () => ({
    ...(await import('../applications/application.request')),
    ...(await import('../selection/interview.request')),
  });

  const refusal = (metatype: unknown, body: unknown) =>
    createValidationPipe()
      .transform(body, { type: 'body', metatype: metatype as never })
      .then(
        () => {
          throw new Error('taken');
        },
        (error: unknown) => error as ValidationFailedError,
      );

  const applicant = {
    firstName: 'Sanne',
    lastName: 'de Vries',
    email: 'sanne@example.nl',
    phone: '06 12345678',
    degreeLevel: 'hbo_bachelor',
    degreeField: 'Bedrijfskunde',
    region: 'almere',
    consentToKeep: 'false',
  };

  it('in the field message and the summary; `field` stays the API name', async () => {
    const { ApplicationRequest } = await load();
    const refused = await refusal(ApplicationRequest, { ...applicant, firstName: ' ', phone: 'bel me' });
    expect(refused.fields).toEqual([
      { field: 'firstName', message: 'Voornaam is verplicht.' },
      { field: 'phone', message: 'Telefoonnummer moet een telefoonnummer zijn (8 tot 20 cijfers).' },
    ]);
    expect(refused.message).toBe('Controleer: Voornaam, Telefoonnummer.');
  });

  it('names an unknown field by the key that was sent, which has no label', async () => {
    const { ApplicationRequest } = await load();
    const refused = await refusal(ApplicationRequest, { ...applicant, bsn: '123456782' });
    expect(refused.fields).toEqual([{ field: 'bsn', message: 'bsn hoort niet bij dit verzoek en wordt niet aangenomen.' }]);
    expect(refused.message).toBe('Controleer: bsn.');
  });

  it('uses the label for control characters and line breaks, before the rules of the class', async () => {
    const { ApplicationRequest } = await load();
    const refused = await refusal(ApplicationRequest, { ...applicant, degreeField: 'Bedrijfs\u0000kunde', lastName: 'de\nVries' });
    expect(refused.fields).toEqual([
      { field: 'lastName', message: 'Achternaam moet op één regel staan.' },
      { field: 'degreeField', message: 'Studierichting bevat een teken dat niet is toegestaan (een stuurteken of ongeldige Unicode).' },
    ]);
    expect(refused.message).toBe('Controleer: Achternaam, Studierichting.');
  });

  it('labels the fields of a nested item (the panel) and keeps their path', async () => {
    const { ScheduleInterviewRequest } = await load();
    const interview = { startsAt: '2027-03-25T10:00', location: 'Stadhuis Almere', staffUserIds: ['3f1f6b6e-4d0a-4c37-9f7a-1c2b3d4e5f60'] };
    const refused = await refusal(ScheduleInterviewRequest, { ...interview, boards: [{ boardId: 'bestuur', representativeUserId: '' }] });
    expect(refused.fields).toEqual([
      { field: 'boards.0.boardId', message: 'Schoolbestuur in het panel moet de id van een schoolbestuur zijn.' },
      { field: 'boards.0.representativeUserId', message: 'Vertegenwoordiger in het panel moet de id van een gebruiker van het schoolbestuur zijn.' },
    ]);
    expect(refused.message).toBe('Controleer: Schoolbestuur in het panel, Vertegenwoordiger in het panel.');
    const notAnItem = await refusal(ScheduleInterviewRequest, { ...interview, boards: ['bestuur'] });
    expect(notAnItem.message).toBe('Controleer: Schoolbesturen in het panel.');
  });
});

/**
 * Field problems raised in code (domain rules, services, the multipart form): a literal
 * `{ field: 'name', message: '…' }` or `new SomethingError('name', '…')` whose message names the
 * field by its API name. A message built elsewhere is held to the rule by the e2e tests.
 */
describe('field problems raised in code name no API field', () => {
  const LITERAL_PROBLEM = /field: '(\w+)', message: ['`]([^'`]*)['`]/g;
  const ERROR_WITH_FIELD = /new \w+Error\(\s*'(\w+)',\s*['`]([^'`]*)['`]/g;

  it('in libs/ and apps/api', () => {
    const files = [...filesUnder(join(ROOT, 'libs'), '.ts'), ...filesUnder(API_SOURCE, '.ts')];
    const wrong = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return (
        [...source.matchAll(LITERAL_PROBLEM), ...source.matchAll(ERROR_WITH_FIELD)]
          // The body as a whole is no field a person fills in.
          .filter(([, field, message]) => field !== 'body' && namesProperty(message, field))
          .map(([match]) => `${relative(ROOT, file)}: ${match}`)
      );
    });
    expect(wrong).toEqual([]);
  });
});
