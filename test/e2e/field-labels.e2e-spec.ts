import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { applicationFields, applicationForm, fixture, login } from '../support/factories';

/**
 * Issue 11, item 2: a message a person reads names a field by its Dutch label ("Telefoonnummer"),
 * `field` keeps the API name for programs. The public form first, then every route of the OpenAPI
 * document that takes a JSON body or a query string: a wrong value in every field is refused by
 * label, never by API name, so a route added later is held to it too.
 */
interface Schema {
  $ref?: string;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
}

interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

interface Refusal {
  message: string;
  fields: { field: string; message: string }[];
}

/** The property name as a word of its own, case-sensitive ("Code" may name `code`, "phone" may not). */
/** API names that are Dutch words too: a message may say "nieuwe route" or "de status" to a person. */
const DUTCH_WORDS = new Set(['route', 'status', 'code']);
const namesField = (text: string, name: string) => !DUTCH_WORDS.has(name) && new RegExp(`(^|[^A-Za-z0-9_])${name}($|[^A-Za-z0-9_])`).test(text);

describe('refusals name fields by their Dutch labels', () => {
  const app = useTestApp({ worker: false });
  let anonymous: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  const refusalOf = (result: HttpResult): Refusal => {
    expect(result.status).toBe(400);
    return result.body as Refusal;
  };

  it('the public form: each field message and the summary by label, `field` the API name', async () => {
    const wrong = refusalOf(await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ email: 'geen-adres', phone: 'bel me' }) })));
    expect(wrong.fields).toEqual([
      { field: 'email', message: 'E-mailadres is geen geldig e-mailadres (bijvoorbeeld naam@voorbeeld.nl).' },
      { field: 'phone', message: 'Telefoonnummer moet een telefoonnummer zijn (8 tot 20 cijfers).' },
    ]);
    expect(wrong.message).toBe('Controleer: E-mailadres, Telefoonnummer.');

    const short = refusalOf(await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ degreeField: 'X', firstName: '' }) })));
    expect(short.fields).toEqual([
      { field: 'firstName', message: 'Voornaam is verplicht.' },
      { field: 'degreeField', message: 'Studierichting is verplicht (minstens 2 tekens).' },
    ]);
    expect(short.message).toBe('Controleer: Voornaam, Studierichting.');
  });

  it('the public form: files, a repeated field and an unknown field', async () => {
    const withoutFiles = refusalOf(await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields() }, {})));
    expect(withoutFiles.fields).toEqual([
      { field: 'motivationLetter', message: 'Motivatiebrief is verplicht (PDF of DOCX, maximaal 10 MB).' },
      { field: 'cv', message: 'CV is verplicht (PDF of DOCX, maximaal 10 MB).' },
    ]);
    expect(withoutFiles.message).toBe('Voeg toe: Motivatiebrief, CV.');

    const repeated = applicationForm({ ...applicationFields() });
    repeated.append('phone', '06 87654321');
    expect(refusalOf(await anonymous.postForm('/api/applications', repeated)).fields).toEqual([
      { field: 'phone', message: 'Telefoonnummer komt meer dan eens voor.' },
    ]);

    const textAsFile = applicationForm({ ...applicationFields({ phone: '06 12345678' }) });
    textAsFile.append('degreeField', new Blob([new Uint8Array(fixture('motivatiebrief.pdf'))]), 'richting.pdf');
    expect(refusalOf(await anonymous.postForm('/api/applications', textAsFile)).fields).toEqual([
      { field: 'degreeField', message: 'Studierichting is geen bestand: vul het in als tekst.' },
    ]);

    // An unknown field has no label: it is named by the key that was sent.
    const unknown = refusalOf(await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields(), bsn: '123456782' })));
    expect(unknown.fields).toEqual([{ field: 'bsn', message: 'bsn hoort niet bij dit verzoek en wordt niet aangenomen.' }]);
  });

  it('every JSON body and query string of the API: a wrong value in every field is refused by label, never by API name', async () => {
    const document = (await admin.get('/api/docs-json')).body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (schema: Schema): Schema[] =>
      schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop() as string] ?? {}) : [schema, ...(schema.allOf ?? []).flatMap(resolve)];
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const [template, methods] of Object.entries(document.paths)) {
      const path = template.replace(/\{\w+\}/g, () => randomUUID());
      for (const [method, operation] of Object.entries(methods)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        const bodyNames = schema ? resolve(schema).flatMap((part) => Object.keys(part.properties ?? {})) : [];
        const queryNames = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
        if (bodyNames.length === 0 && queryNames.length === 0) continue;
        // A list holding an empty object is no text, number, date, id or choice, and opens a nested item; a query value too long for any field.
        const query = queryNames.length === 0 ? '' : `?${new URLSearchParams(queryNames.map((name): [string, string] => [name, 'x'.repeat(400)])).toString()}`;
        const body = bodyNames.length === 0 ? undefined : Object.fromEntries(bodyNames.map((name) => [name, [{}]]));
        const route = `${method.toUpperCase()} ${template}`;
        const result = body === undefined ? await admin.get(`${path}${query}`) : await admin.raw(method.toUpperCase(), `${path}${query}`, JSON.stringify(body));
        if (result.status !== 400) {
          wrong.push(`${route}: ${result.status} instead of a refusal of its fields`);
          continue;
        }
        checked.push(route);
        const refusal = result.body as Refusal;
        for (const { field, message } of refusal.fields) {
          if (namesField(message, field.split('.').pop() as string)) wrong.push(`${route} ${field}: "${message}"`);
        }
        for (const name of [...bodyNames, ...queryNames]) if (namesField(refusal.message, name)) wrong.push(`${route} summary: "${refusal.message}"`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toEqual(expect.arrayContaining(['POST /api/users', 'GET /api/candidates', 'POST /api/candidates/{id}/interviews', 'GET /api/audit']));
  });
});
