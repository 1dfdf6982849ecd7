import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { apply, applicationFields, applicationForm, login } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { sendOnce } from '../support/raw-http';

const API_POLICY = "default-src 'none';frame-ancestors 'none'";

/** A refusal in the product's error shape, naming `field`, with the API's own headers (not Fastify's bare answer). */
function expectProductRefusal(result: HttpResult, status: number, field?: string): void {
  expectRefusal(result, status, field);
  expect(result.headers.get('content-security-policy')).toBe(API_POLICY);
  expect(result.headers.get('cache-control')).toBe('no-store');
  expect(result.headers.get('x-content-type-options')).toBe('nosniff');
  expect(JSON.stringify(result.body)).not.toMatch(/FST_|%ff|%zz|xxxxxxxxxx|candidates\//);
}

/** OWASP API4:2023: crafted input is refused with a 400 (or 404) naming the field, never a 5xx (issue 10, item 2). */
describe('crafted input', () => {
  const app = useTestApp({ worker: false });
  let anonymous: HttpClient;
  let admin: HttpClient;
  let candidateId: string;

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
    candidateId = (await apply(app())).candidateId;
  });

  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('refuses JSON nested deeper than 32 levels on every JSON route, the login included', async () => {
    // Before: about 2,000 levels overflowed the stack in class-transformer: 500.
    for (const depth of [33, 2000, 100_000]) {
      expectProductRefusal(await anonymous.raw('POST', '/api/auth/login', `{"email":${nested(depth)},"password":"x"}`), 400, 'body');
      expectProductRefusal(await admin.raw('POST', `/api/candidates/${candidateId}/withdraw`, `{"reason":${nested(depth)}}`), 400, 'body');
    }
    // 32 levels are parsed; the DTO then refuses the value for what it is.
    expectProductRefusal(await admin.raw('POST', `/api/candidates/${candidateId}/withdraw`, `{"reason":${nested(31)}}`), 400, 'reason');
  });

  it('refuses U+0000 and other control characters in JSON fields, naming the field', async () => {
    // Before: 500 (PostgreSQL refuses U+0000 in text).
    expectProductRefusal(await admin.post(`/api/candidates/${candidateId}/reject`, { reason: 'geen\u0000motivatie' }), 400, 'reason');
    expectProductRefusal(await admin.post('/api/boards', { name: 'Stichting \u0000', region: 'almere', joinedAt: '2024-08-01' }), 400, 'name');
    // C1 (NEL) and ESC: before, stored as sent.
    expectProductRefusal(await admin.post('/api/institutes', { name: 'Hogeschool \u0085' }), 400, 'name');
    expectProductRefusal(await admin.post('/api/institutes', { name: 'Hogeschool \u001b[31m' }), 400, 'name');
    // Nested fields are named by their path.
    const interview = { startsAt: '2027-03-25T10:00', location: 'Almere', staffUserIds: [], boards: [{ boardId: 'a\u0000' }] };
    expectProductRefusal(await admin.post(`/api/candidates/${candidateId}/interviews`, interview), 400, 'boards.0.boardId');
    const { rows } = await app().db.query(`SELECT stage FROM candidates WHERE id = $1`, [candidateId]);
    expect(rows[0].stage).toBe('applied');
  });

  it('takes line breaks and tabs only where a text has lines', async () => {
    // A one-line field: before, a name with a line break was stored as sent.
    expectProductRefusal(await admin.post('/api/institutes', { name: 'Hogeschool\nUtrecht' }), 400, 'name');
    const withdrawn = await admin.post(`/api/candidates/${(await apply(app())).candidateId}/withdraw`, { reason: 'Eerste regel.\r\n\tTweede regel.' });
    expect(withdrawn.status).toBe(200);
  });

  it('refuses lone surrogates in JSON escapes, naming the field', async () => {
    // Before: 500 in the e-mail check.
    expectProductRefusal(await anonymous.raw('POST', '/api/auth/login', '{"email":"a\\ud800@example.nl","password":"wachtwoord-123"}'), 400, 'email');
    // Before: 200, stored with U+FFFD in its place.
    expectProductRefusal(await admin.raw('POST', `/api/candidates/${candidateId}/reject`, '{"reason":"half \\udc00 teken"}'), 400, 'reason');
    // A field name that is no text is not echoed; the body is named instead.
    expectProductRefusal(await anonymous.raw('POST', '/api/auth/login', '{"e\\ud800":"a@example.nl","password":"wachtwoord-123"}'), 400, 'body');
  });

  it('refuses control characters and undecodable escapes in query parameters, naming the parameter', async () => {
    // Before: 500 (U+0000 reached PostgreSQL).
    expectProductRefusal(await admin.get('/api/candidates?q=ab%00c'), 400, 'q');
    expectProductRefusal(await admin.get('/api/audit?entityId=%00'), 400, 'entityId');
    // Before: 200, searched for the raw text '%ED%A0%80' (the bytes of a lone surrogate) nobody sent.
    expectProductRefusal(await admin.get('/api/candidates?q=%ED%A0%80'), 400, 'q');
    expectProductRefusal(await admin.get('/api/candidates?q=%ff'), 400, 'q');
    expectProductRefusal(await admin.get('/api/candidates?q=%C2%85'), 400, 'q');
    // Text that decodes, '+' as a space included, still searches.
    expect((await admin.get('/api/candidates?q=de+Vries%20%E2%82%AC')).status).toBe(200);
  });

  it('refuses control characters in the fields of the public form, and keeps nothing', async () => {
    // Before: 500 (U+0000 reached PostgreSQL).
    expectProductRefusal(
      await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ firstName: 'San\u0000ne' }) })),
      400,
      'firstName',
    );
    expectProductRefusal(
      await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ degreeField: 'Bedrijfs\u0007kunde' }) })),
      400,
      'degreeField',
    );
    const { rows } = await app().db.query(
      `SELECT count(*)::int AS count FROM candidates WHERE degree_field LIKE 'Bedrijfs%kunde' AND degree_field <> 'Bedrijfskunde'`,
    );
    expect(rows[0].count).toBe(0);
  });

  it('checks calendar dates strictly, and refuses odd Unicode spaces in dates, ids and enums', async () => {
    // Before: 500: class-validator's IsDateString took the space as a date-time separator and PostgreSQL refused the date.
    for (const space of ['\u00a0', '\u2007', '\u202f', '\u3000', ' ', '\n']) {
      expectProductRefusal(await admin.post('/api/boards', { name: 'Stichting Spatie', region: 'almere', joinedAt: `2024-08-01${space}` }), 400, 'joinedAt');
    }
    // Before: 201, a date-time taken as a date.
    expectProductRefusal(await admin.post('/api/boards', { name: 'Stichting Tijd', region: 'almere', joinedAt: '2024-08-01T10:00' }), 400, 'joinedAt');
    expectProductRefusal(await admin.post('/api/boards', { name: 'Stichting Spatie', region: 'almere\u00a0', joinedAt: '2024-08-01' }), 400, 'region');
    expectProductRefusal(await admin.get('/api/candidates?stage=applied%E3%80%80'), 400, 'stage');
    expectProductRefusal(
      await admin.post(`/api/candidates/${candidateId}/assessments`, { instituteId: `${candidateId}\u202f`, requestedOn: '2026-03-02' }),
      400,
      'instituteId',
    );
    expectProductRefusal(
      await admin.post(`/api/candidates/${candidateId}/assessments`, { instituteId: candidateId, requestedOn: '2026-03-02\u2007' }),
      400,
      'requestedOn',
    );
    expectProductRefusal(await admin.get(`/api/candidates/${candidateId}%C2%A0`), 404);
    expect((await admin.post('/api/boards', { name: 'Stichting Datum', region: 'almere', joinedAt: '2024-08-01' })).status).toBe(201);
  });

  it('answers router-level errors in the product shape, with its headers and a Dutch message, never echoing the URL', async () => {
    // Before: Fastify's FST_ERR_BAD_URL / FST_ERR_MAX_PARAM_LENGTH (414) with the URL echoed, without the product's headers.
    for (const path of ['/api/candidates/%ff', '/api/candidates/%zz/history', '/api/candidates/abc%', '/%ff', `/api/candidates/${'x'.repeat(300)}`]) {
      const refusal = await admin.get(path);
      expectProductRefusal(refusal, 400, 'url');
      expect(refusal.body.message).toMatch(/adres/);
    }
    expectProductRefusal(await admin.post(`/api/candidates/${'x'.repeat(300)}/reject`, { reason: 'abc' }), 400, 'url');
    // Before: 431 from Fastify's client error handler, in English and without headers.
    const overLong = await sendOnce(app().baseUrl, 'GET', `/api/candidates?q=${'x'.repeat(20_000)}`, '', {});
    expectProductRefusal(overLong, 400, 'url');
    // Before: "Cannot GET /api/bestaat-niet" with the page's policy.
    const unknown = await admin.get('/api/bestaat-niet?x=geheim');
    expectProductRefusal(unknown, 404);
    expect(unknown.body.message).toBe('Niet gevonden.');
    expectProductRefusal(await admin.get('/%61pi/bestaat-niet'), 404);
  });
});
