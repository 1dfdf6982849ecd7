import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { ApplicationsController } from '../../apps/api/src/applications/applications.controller';
import { AssessmentController } from '../../apps/api/src/assessment/assessment.controller';
import { AuthController } from '../../apps/api/src/auth/auth.controller';
import { CandidatesController } from '../../apps/api/src/candidates/candidates.controller';
import { OperationsController } from '../../apps/api/src/operations/operations.controller';
import { SurveysController } from '../../apps/api/src/surveys/surveys.controller';
import { OrganisationsController } from '../../apps/api/src/organisations/organisations.controller';
import { CandidateRouteController } from '../../apps/api/src/routes/candidate-route.controller';
import { RoutesController } from '../../apps/api/src/routes/routes.controller';
import { SelectionController } from '../../apps/api/src/selection/selection.controller';
import { UsersController } from '../../apps/api/src/users/users.controller';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { apply, applicationFields, createBoard, fixture, login } from '../support/factories';
import { problemWith } from '../support/fuzz-checks';
import { DataRequestsController } from '../../apps/api/src/privacy/data-requests.controller';
import { CandidatePrivacyController } from '../../apps/api/src/privacy/candidate-privacy.controller';
import { controllerRoutes } from '../support/route-table';
import { SourcesController } from '../../apps/api/src/sources/sources.controller';
import { MailTemplatesController } from '../../apps/api/src/mail-templates/mail-templates.controller';
import { PortalController } from '../../apps/api/src/portal/portal.controller';

/**
 * Property-based fuzzing of every write endpoint and the public form with crafted input (issue 10,
 * item 2): near-valid bodies built from each route's OpenAPI schema, with values swapped for text
 * holding U+0000, C0/C1 controls, lone surrogates, odd Unicode spaces and line breaks, wrong types,
 * deep nesting and `__proto__` keys; ids with odd spaces and escapes. At least 10,000 requests, sent
 * 24 at a time, with 0 answers of 5xx (before the fixes: 500 for NUL, lone surrogates, deep nesting
 * and a date with U+00A0) and every refusal sound (fuzz-checks.ts).
 */
const SEED = 20260311;
const CONCURRENCY = 24;
const JSON_REQUESTS = 8_600;
const FORM_REQUESTS = 1_400;
const WRITE_CONTROLLERS = [
  AuthController,
  UsersController,
  ApplicationsController,
  CandidatesController,
  OrganisationsController,
  SelectionController,
  AssessmentController,
  OperationsController,
  RoutesController,
  CandidateRouteController,
  SurveysController,
  DataRequestsController,
  CandidatePrivacyController,
  SourcesController,
  MailTemplatesController,
  PortalController,
];
/** Thousands of requests: well under a minute alone, more on a busy two-core CI machine. */
const FUZZ_TIMEOUT_MS = 240_000;

/** Each an argon2 hash or check of some 50 ms of CPU: fewer of them, so the file stays inside CI's time. */
const COSTLY_ROUTES = ['POST /api/auth/login', 'POST /api/users', 'PATCH /api/users/:id'];

const ODD_SPACES = ['\u00a0', '\u2007', '\u202f', '\u3000', '\u2028', '\ufeff'];
const CRAFTED_TEXT = ['\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff', '\n', '\r\n', '\t', ...ODD_SPACES];

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  $ref?: string;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}

/** A text with a crafted character somewhere in it. */
const craftedText = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(base, fc.constantFrom(...CRAFTED_TEXT), fc.nat({ max: 40 }))
    .map(([text, crafted, at]) => text.slice(0, at % (text.length + 1)) + crafted + text.slice(at % (text.length + 1)));

const deepValue = fc
  .integer({ min: 30, max: 300 })
  .chain((depth) => fc.constantFrom<unknown>(JSON.parse('['.repeat(depth) + ']'.repeat(depth)), JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))));

const wrongType = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, [], {}, [''], { __proto__: null }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 20 }),
);

describe('fuzzing every write endpoint and the public form with crafted input', () => {
  const app = useTestApp({ worker: false });
  let admin: HttpClient;
  let ids: string[];
  let schemas: Record<string, Schema>;
  let bodySchemas: Record<string, Schema>;
  let sent = 0;

  beforeAll(async () => {
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
    const candidates = await Promise.all([apply(app()), apply(app()), apply(app())]);
    const board = await createBoard(app());
    ids = [...candidates.map((candidate) => candidate.candidateId), board.id, randomUUID()];
    const document = (await admin.get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, Schema> };
    };
    schemas = document.components.schemas;
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, operation] as const),
    );
    bodySchemas = Object.fromEntries(
      routes.map(([route, operation]) => [
        route,
        (operation as { requestBody?: { content?: Record<string, { schema?: Schema }> } }).requestBody?.content?.['application/json']?.schema ?? {},
      ]),
    );
  });

  const resolve = (schema: Schema): Schema => (schema.$ref ? (schemas[schema.$ref.split('/').pop() as string] ?? {}) : schema);

  /** A value the field would take, from its schema. */
  function nearValid(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
    const resolved = resolve(schema);
    if (resolved.enum) return fc.constantFrom(...resolved.enum);
    if (resolved.format === 'uuid') return fc.constantFrom(...ids);
    if (resolved.type === 'boolean') return fc.boolean();
    if (resolved.type === 'integer' || resolved.type === 'number') return fc.integer({ min: resolved.minimum ?? 0, max: resolved.maximum ?? 500 });
    if (resolved.type === 'array') return fc.array(nearValid(resolved.items ?? {}, depth + 1), { minLength: 1, maxLength: 2 });
    if (resolved.properties && depth < 3) return bodyOf(resolved, depth + 1);
    if (typeof resolved.example === 'string') return fc.constant(resolved.example);
    return fc.constantFrom('Tekst van de fuzztest', 'beheer@test.flevowijs.nl', 'wachtwoord-van-de-fuzz-1', 'Almere');
  }

  /** The near-valid value, or one made for trouble. */
  function fieldValue(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const valid = nearValid(schema, depth);
    const text = valid.map((value) => (typeof value === 'string' ? value : 'tekst'));
    return fc.oneof(
      { arbitrary: valid, weight: 3 },
      { arbitrary: craftedText(text), weight: 4 },
      { arbitrary: wrongType, weight: 1 },
      { arbitrary: deepValue, weight: 1 },
      { arbitrary: fc.nat({ max: 3000 }).map((length) => 'x'.repeat(length)), weight: 1 },
    );
  }

  function bodyOf(schema: Schema, depth = 0): fc.Arbitrary<Record<string, unknown>> {
    const properties = Object.entries(resolve(schema).properties ?? {});
    const fields = fc.record(Object.fromEntries(properties.map(([name, property]) => [name, fieldValue(property, depth)])), { requiredKeys: [] });
    if (depth > 0) return fields;
    const extra = fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom('stage', 'role', 'version', 'boardId', 'a\u0000b', 'e\ud800', `naam${ODD_SPACES[0]}`), fc.string({ maxLength: 8 })),
        wrongType,
      ),
      { maxLength: 2 },
    );
    return fc.tuple(fields, extra).map(([record, extras]) => Object.assign(record, Object.fromEntries(extras)));
  }

  const idInPath = () =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...ids), weight: 4 },
      { arbitrary: fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ODD_SPACES)).map(([id, space]) => encodeURIComponent(id + space)), weight: 2 },
      { arbitrary: fc.constantFrom('%00', '%ff', '%zz', 'abc%', '%ED%A0%80', '%C2%85', 'x'.repeat(260), '..%2f..%2fetc', '%2e%2e'), weight: 2 },
      { arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent), weight: 1 },
    );

  /** Sends `requests` at most CONCURRENCY at a time; the first unsound answer fails the test, naming its input. */
  async function sendAll<T>(inputs: T[], send: (input: T) => Promise<HttpResult>, accepted: number[]): Promise<void> {
    const problems: string[] = [];
    let next = 0;
    const lane = async () => {
      while (next < inputs.length && problems.length === 0) {
        const input = inputs[next];
        next += 1;
        const result = await send(input);
        sent += 1;
        const problem = problemWith(result, accepted);
        if (problem) problems.push(`${problem}: ${result.status} ${JSON.stringify(result.body)?.slice(0, 300)} for ${JSON.stringify(input)?.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    expect(problems).toEqual([]);
  }

  it(
    'every write endpoint of the API is fuzzed with JSON',
    async () => {
      const writeRoutes = WRITE_CONTROLLERS.flatMap(controllerRoutes).filter((route) => !route.startsWith('GET ') && route !== 'POST /api/applications');
      expect(writeRoutes.length).toBeGreaterThanOrEqual(15);
      const weights = writeRoutes.map((route) => (COSTLY_ROUTES.includes(route) ? 1 : 4));
      const perWeight = JSON_REQUESTS / weights.reduce((sum, weight) => sum + weight, 0);
      const inputs = writeRoutes.flatMap((route, index) => {
        const [method, pattern] = route.split(' ');
        const request = fc.record({
          path: fc.tuple(...pattern.split('/').map((part) => (part.startsWith(':') ? idInPath() : fc.constant(part)))),
          body: bodyOf(bodySchemas[route] ?? {}),
        });
        return fc
          .sample(request, { numRuns: Math.ceil(weights[index] * perWeight), seed: SEED + index })
          .map(({ path, body }) => ({ method, path: path.join('/'), body }));
      });
      // A logout would end the session every other request uses: it is fuzzed without one.
      const anonymous = new HttpClient(app().baseUrl);
      const client = (path: string) => (path === '/api/auth/logout' ? anonymous : admin);
      // 202: "Wachtwoord vergeten" answers every well-formed address alike.
      await sendAll(inputs, (input) => client(input.path).raw(input.method, input.path, JSON.stringify(input.body)), [200, 201, 202, 204]);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'the public form with crafted text fields',
    async () => {
      const fields = applicationFields();
      const field = fc.constantFrom(...Object.keys(fields));
      const form = fc.record({
        crafted: fc.array(fc.tuple(field, craftedText(fc.constantFrom('Sanne', 'de Vries', 'wo_master', 'almere', 'false', '06 12345678', 'Bedrijfskunde'))), {
          minLength: 1,
          maxLength: 3,
        }),
        withFiles: fc.boolean(),
      });
      const inputs = fc.sample(form, { numRuns: FORM_REQUESTS, seed: SEED });
      const letter = new Uint8Array(fixture('motivatiebrief.pdf'));
      const cv = new Uint8Array(fixture('cv.docx'));
      await sendAll(
        inputs,
        (input) => {
          const body = new FormData();
          for (const [name, value] of Object.entries({ ...applicationFields(), ...Object.fromEntries(input.crafted) })) body.append(name, value);
          if (input.withFiles) {
            body.append('motivationLetter', new Blob([letter], { type: 'application/pdf' }), 'brief.pdf');
            body.append('cv', new Blob([cv]), 'cv.docx');
          }
          return new HttpClient(app().baseUrl).postForm('/api/applications', body);
        },
        [202],
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(`sent at least 10,000 requests`, () => {
    expect(sent).toBeGreaterThanOrEqual(10_000);
  });
});
