import { FixedClock, SYSTEM_ACTOR } from '@app/shared';
import { UsersService } from '@app/accounts';
import { useTestApp, type TestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { createUser, uniqueEmail } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { sendOnce } from '../support/raw-http';

const COOKIE = 'flevowijs_session';

/** The session cookie a login answer sets, as `name=value` to send back, and its attributes. */
function sessionCookie(answer: HttpResult): { pair: string; attributes: string[] } {
  const [header, ...others] = answer.headers.getSetCookie();
  expect(others).toEqual([]);
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  expect(pair.startsWith(`${COOKIE}=`)).toBe(true);
  return { pair, attributes };
}

/** A request as a browser sends it with the cookie (no Authorization header), from `origin` when given. */
async function withCookie(app: TestApp, method: string, path: string, cookie: string, origin?: string): Promise<HttpResult> {
  const response = await fetch(app.baseUrl + path, { method, headers: { cookie, ...(origin ? { origin } : {}) } });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

function loginFrom(app: TestApp, localAddress: string, email: string, password: string) {
  return sendOnce(app.baseUrl, 'POST', '/api/auth/login', JSON.stringify({ email, password }), { 'content-type': 'application/json' }, { localAddress });
}

describe('the web page’s session cookie (issue 11, item 8)', () => {
  const clock = new FixedClock(new Date());
  const app = useTestApp({ worker: false, clock, config: { mfaRequiredRoles: ['staff'] } });
  let anonymous: HttpClient;

  beforeAll(() => {
    anonymous = new HttpClient(app().baseUrl);
  });

  it('the login sets an HttpOnly, Secure, SameSite=Strict cookie for /api that lives as long as the session; the JSON keeps the bearer token', async () => {
    const coach = await createUser(app(), 'coach');
    const answer = await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password });
    expect(answer.status).toBe(200);
    const { pair, attributes } = sessionCookie(answer);
    expect(attributes.sort()).toEqual(['HttpOnly', `Max-Age=${app().config.sessionHours * 3600}`, 'Path=/api', 'SameSite=Strict', 'Secure'].sort());
    // The same session as the bearer token of programs.
    expect(pair).toBe(`${COOKIE}=${answer.body.accessToken}`);
    const me = await withCookie(app(), 'GET', '/api/me', pair);
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(coach.id);
    expect((await withCookie(app(), 'GET', '/api/me/sessions', `other=1; ${pair}`)).status).toBe(200);
    expectRefusal(await withCookie(app(), 'GET', '/api/me', `${COOKIE}=onzin`), 401);
  });

  it('logout ends the cookie’s session and clears the cookie', async () => {
    const coach = await createUser(app(), 'coach');
    const { pair } = sessionCookie(await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password }));
    const logout = await withCookie(app(), 'POST', '/api/auth/logout', pair, app().baseUrl);
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie()).toEqual([`${COOKIE}=; Max-Age=0; Path=/api; HttpOnly; Secure; SameSite=Strict`]);
    expectRefusal(await withCookie(app(), 'GET', '/api/me', pair), 401);
    // The user's other sessions stay.
    expect((await coach.http.get('/api/me')).status).toBe(200);
  });

  it('refuses a change authenticated by the cookie and sent from another site’s page (CSRF); bearer tokens and the own origin pass', async () => {
    const coach = await createUser(app(), 'coach');
    const { pair } = sessionCookie(await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password }));
    for (const origin of ['https://kwaadwillend.example', 'null', `${app().baseUrl}.example`]) {
      const refused = await withCookie(app(), 'POST', '/api/auth/logout', pair, origin);
      expectRefusal(refused, 403);
      expect(refused.body.message).toBe('Dit verzoek komt van een andere website en is daarom geweigerd.');
    }
    // A read from another origin is no change (and CORS keeps its answer from that page).
    expect((await withCookie(app(), 'GET', '/api/me', pair, 'https://kwaadwillend.example')).status).toBe(200);
    expect((await withCookie(app(), 'GET', '/api/me', pair)).status).toBe(200);
    // The app's public origin (APP_URL) and the host the request was sent to are the app's own.
    expect((await withCookie(app(), 'POST', '/api/auth/logout', pair, new URL(app().config.appUrl).origin)).status).toBe(204);
    const second = sessionCookie(await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password })).pair;
    expect((await withCookie(app(), 'POST', '/api/auth/logout', second, app().baseUrl)).status).toBe(204);
    // A program with its bearer token is not judged by Origin (CORS_ORIGINS governs browsers there).
    const bearer = await fetch(`${app().baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coach.token}`, origin: 'https://kwaadwillend.example' },
    });
    expect(bearer.status).toBe(204);
  });

  it('a login sent from another site’s page gets no cookie (login CSRF)', async () => {
    const coach = await createUser(app(), 'coach');
    const foreign = await fetch(`${app().baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://kwaadwillend.example' },
      body: JSON.stringify({ email: coach.email, password: coach.password }),
    });
    expect(foreign.status).toBe(200);
    expect(foreign.headers.getSetCookie()).toEqual([]);
  });

  it('the cookie session follows the bearer session’s expiry: 30 minutes idle ends it', async () => {
    const coach = await createUser(app(), 'coach');
    const { pair } = sessionCookie(await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password }));
    clock.advance(20 * 60_000);
    expect((await withCookie(app(), 'GET', '/api/me', pair)).status).toBe(200);
    clock.advance(31 * 60_000);
    expectRefusal(await withCookie(app(), 'GET', '/api/me', pair), 401);
  });

  it('the enrolment-only token stays a bearer token: no cookie, and it opens the enrolment alone', async () => {
    const email = uniqueEmail('balie');
    const password = `paars-olifant-${Date.now().toString(36)}-fietst`;
    await app().api.get(UsersService).create(SYSTEM_ACTOR, { email, name: 'Balie Medewerker', role: 'staff', password });
    const refused = await anonymous.post('/api/auth/login', { email, password });
    expectRefusal(refused, 403);
    expect(refused.body.enrolmentToken).toEqual(expect.any(String));
    expect(refused.headers.getSetCookie()).toEqual([]);
    const enrolment = anonymous.withToken(refused.body.enrolmentToken);
    expect((await enrolment.get('/api/me/mfa')).status).toBe(200);
    expectRefusal(await enrolment.get('/api/candidates'), 403);
  });
});

describe('the per-address login limit counts failed logins only (issue 11, item 8)', () => {
  const clock = new FixedClock(new Date());
  const strict = useTestApp({ worker: false, clock, config: { loginAttemptsPerMinute: 3 } });

  it('many successful logins from one address (a school behind one NAT) all succeed; failures then get 429 with Retry-After', async () => {
    const address = '127.0.0.21';
    const staff = await Promise.all([createUser(strict(), 'staff'), createUser(strict(), 'coach'), createUser(strict(), 'staff')]);
    // Before: the throttler on the login route counted every request; put back, it answers
    // [200, 200, 200, 429, 429, 429, 429, 429] here (a limit of 3 per minute), so this fails.
    const statuses: number[] = [];
    for (let round = 0; round < 8; round += 1) {
      const user = staff[round % staff.length];
      statuses.push((await loginFrom(strict(), address, user.email, user.password)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);

    // Three failures (wrong password, unknown address) use up the address's minute; then even the right password waits.
    const failures = [
      await loginFrom(strict(), address, staff[0].email, 'niet-het-wachtwoord'),
      await loginFrom(strict(), address, uniqueEmail('niemand'), 'niet-het-wachtwoord'),
      await loginFrom(strict(), address, staff[1].email, 'ook-niet-goed'),
    ];
    expect(failures.map((answer) => answer.status)).toEqual([401, 401, 401]);
    const blocked = await loginFrom(strict(), address, staff[2].email, staff[2].password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/^Te veel mislukte pogingen vanaf dit netwerkadres\. Wacht \d+ seconden/);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(60);

    // Another address is not affected, and after the minute this one may try again.
    expect((await loginFrom(strict(), '127.0.0.22', staff[2].email, staff[2].password)).status).toBe(200);
    clock.advance(61_000);
    expect((await loginFrom(strict(), address, staff[2].email, staff[2].password)).status).toBe(200);
  });

  it('parallel guesses from one address cannot slip past the limit while their passwords are checked', async () => {
    const address = '127.0.0.23';
    const coach = await createUser(strict(), 'coach');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) => loginFrom(strict(), address, uniqueEmail(`gok${attempt}`), `fout-wachtwoord-${attempt}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(9);
    expect((await loginFrom(strict(), address, coach.email, coach.password)).status).toBe(429);
  });
});
