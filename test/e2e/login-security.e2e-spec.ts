import { generate } from 'otplib';
import { FixedClock, SYSTEM_ACTOR } from '@app/shared';
import { UsersService } from '@app/accounts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp, type TestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { createUser, login, uniqueEmail, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { sendOnce } from '../support/raw-http';

/** A strong password, as the strength check wants it. */
const strongPassword = () => `paars-olifant-${Math.random().toString(36).slice(2, 10)}-fietst`;

/** The code the authenticator app shows at the app's (moved) time. */
function codeAt(clock: FixedClock, secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
}

function loginFrom(app: TestApp, localAddress: string, email: string, password: string) {
  return sendOnce(app.baseUrl, 'POST', '/api/auth/login', JSON.stringify({ email, password }), { 'content-type': 'application/json' }, { localAddress });
}

async function auditActions(app: TestApp, entityId: string): Promise<string[]> {
  const { rows } = await app.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);
  return rows.map((row) => row.action);
}

/** Sets up two-step verification through the API; returns the secret and the recovery codes. */
async function enrol(app: TestApp, clock: FixedClock, http: HttpClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await http.post('/api/me/mfa/enrolment');
  expect(started.status).toBe(200);
  expect(started.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
  expect(started.body.otpauthUri).toContain(`secret=${started.body.secret}`);
  const { secret } = started.body as { secret: string };
  expectRefusal(await http.post('/api/me/mfa/enrolment/confirm', { code: '000000' }), 400, 'code');
  const confirmed = await http.post('/api/me/mfa/enrolment/confirm', { code: await codeAt(clock, secret) });
  expect(confirmed.status).toBe(200);
  expect(confirmed.body.recoveryCodes).toHaveLength(10);
  // Stored encrypted and hashed: neither the secret nor a recovery code is in the database as shown.
  const { rows } = await app.db.query(
    `SELECT (SELECT count(*)::int FROM users WHERE strpos(coalesce(totp_secret, ''), $1) > 0) AS secrets,
            (SELECT count(*)::int FROM recovery_codes WHERE code_hash = ANY($2::text[])) AS codes`,
    [secret, confirmed.body.recoveryCodes],
  );
  expect(rows[0]).toEqual({ secrets: 0, codes: 0 });
  return { secret, recoveryCodes: confirmed.body.recoveryCodes };
}

describe('login security (issue 10, items 4 and 7)', () => {
  const clock = new FixedClock(new Date());
  const app = useTestApp({ worker: false, clock });
  let admin: HttpClient;
  let anonymous: HttpClient;

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  it('limits failed logins per account, whichever addresses they come from, with a growing delay', async () => {
    const staff = await createUser(app(), 'staff');
    // Before: 30 wrong passwords for one account from 6 addresses were all evaluated (30 × 401).
    const addresses = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5', '127.0.0.6', '127.0.0.7'];
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) => loginFrom(app(), addresses[attempt % addresses.length], staff.email, `fout-wachtwoord-${attempt}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    // Five free attempts, then one more that sets the first wait; everything else waits.
    expect(statuses.filter((status) => status === 401)).toHaveLength(6);
    expect(statuses.filter((status) => status === 429)).toHaveLength(24);
    const refused = answers.find((answer) => answer.status === 429);
    expect(refused?.body.message).toMatch(/Te veel mislukte pogingen/);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    // During the wait even the right password is not looked at.
    expectRefusal(await anonymous.post('/api/auth/login', { email: staff.email, password: staff.password }), 429);
    // An unknown account is treated alike: same answers, same waits.
    const unknown = uniqueEmail('niemand');
    const unknownStatuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) unknownStatuses.push((await anonymous.post('/api/auth/login', { email: unknown, password: 'x' })).status);
    expect(unknownStatuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    // The wait is 2 s after the sixth attempt: once it has passed, the right password works and resets the count.
    clock.advance(2_000);
    expect((await anonymous.post('/api/auth/login', { email: staff.email, password: staff.password })).status).toBe(200);
    expect((await anonymous.post('/api/auth/login', { email: staff.email, password: 'weer-fout' })).status).toBe(401);
    // Item 7: failed logins and the delays they caused are in the audit, never what was typed.
    const actions = await auditActions(app(), staff.id);
    expect(actions.filter((action) => action === 'login_failed')).toHaveLength(7);
    expect(actions).toContain('login_delayed');
    const trail = await admin.get(`/api/audit?entity=user&entityId=${staff.id}`);
    expect(trail.body.items.map((item: { action: string }) => item.action)).toEqual(expect.arrayContaining(['login_failed', 'login_delayed']));
    const { rows } = await app().db.query(`SELECT string_agg(a::text, ' ') AS text FROM audit_log a`);
    expect(rows[0].text).not.toContain('fout-wachtwoord');
  });

  it('refuses weak new passwords by field, with a Dutch reason', async () => {
    // Before: any password of 12 characters was taken.
    const base = { email: uniqueEmail('zwak'), name: 'Sanne de Vries', role: 'staff' };
    for (const password of ['aaaaaaaaaaaa', 'password1234', 'Demo-wachtwoord-2026', 'Sanne de Vries 2024']) {
      const refused = await admin.post('/api/users', { ...base, password });
      expectRefusal(refused, 400, 'password');
      expect(refused.body.fields[0].message).toMatch(/wachtwoord/i);
    }
    expect((await admin.post('/api/users', { ...base, password: strongPassword() })).status).toBe(201);
    const coach = await createUser(app(), 'coach');
    expectRefusal(await admin.patch(`/api/users/${coach.id}`, { password: 'password1234' }), 400, 'password');
    expectRefusal(await coach.http.post('/api/me/password', { currentPassword: coach.password, newPassword: 'aaaaaaaaaaaa' }), 400, 'newPassword');
  });

  it('lets users change their own password: other sessions end, this one stays, the audit has it', async () => {
    const coach = await createUser(app(), 'coach');
    const other = anonymous.withToken(await login(app(), coach.email, coach.password));
    expectRefusal(await coach.http.post('/api/me/password', { currentPassword: 'niet-het-goede', newPassword: strongPassword() }), 400, 'currentPassword');
    const newPassword = strongPassword();
    expect((await coach.http.post('/api/me/password', { currentPassword: coach.password, newPassword })).status).toBe(204);
    expect((await coach.http.get('/api/me')).status).toBe(200);
    expectRefusal(await other.get('/api/me'), 401);
    expect((await anonymous.post('/api/auth/login', { email: coach.email, password: newPassword })).status).toBe(200);
    expect(await auditActions(app(), coach.id)).toContain('password_changed');
  });

  it('two-step verification: enrol, sign in with a code, a replayed code is refused, a recovery code works once', async () => {
    const coach = await createUser(app(), 'coach');
    const { secret, recoveryCodes } = await enrol(app(), clock, coach.http);
    expect((await coach.http.get('/api/me/mfa')).body).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });

    const step = await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password });
    expect(step.status).toBe(200);
    expect(step.body).toEqual(expect.objectContaining({ status: 'code_required', challengeToken: expect.any(String) }));
    expect(step.body.accessToken).toBeUndefined();
    // The challenge is no session.
    expectRefusal(await anonymous.withToken(step.body.challengeToken).get('/api/me'), 401);
    // The code used for the enrolment is used: the same code in the same period is a replay.
    clock.advance(30_000);
    const code = await codeAt(clock, secret);
    const signedIn = await anonymous.post('/api/auth/login/mfa', { challengeToken: step.body.challengeToken, code });
    expect(signedIn.status).toBe(200);
    expect((await anonymous.withToken(signedIn.body.accessToken).get('/api/me')).body.id).toBe(coach.id);
    // The challenge is used up, and the code too.
    expectRefusal(await anonymous.post('/api/auth/login/mfa', { challengeToken: step.body.challengeToken, code }), 401);
    const again = await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password });
    expectRefusal(await anonymous.post('/api/auth/login/mfa', { challengeToken: again.body.challengeToken, code }), 400, 'code');
    // A recovery code works once.
    const recovered = await anonymous.post('/api/auth/login/mfa', { challengeToken: again.body.challengeToken, code: recoveryCodes[0] });
    expect(recovered.status).toBe(200);
    const third = await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password });
    expectRefusal(await anonymous.post('/api/auth/login/mfa', { challengeToken: third.body.challengeToken, code: recoveryCodes[0] }), 400, 'code');
    // Turning it off takes a code; an administrator can reset it for a lost phone.
    const session = new HttpClient(app().baseUrl, recovered.body.accessToken);
    expectRefusal(await session.post('/api/me/mfa/disable', { code: '123456' }), 400, 'code');
    expect((await session.post('/api/me/mfa/disable', { code: recoveryCodes[1] })).status).toBe(204);
    expect((await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password })).body.status).toBe('signed_in');
    await enrol(app(), clock, session);
    const listed = (await admin.get('/api/users')).body.find((user: { id: string }) => user.id === coach.id);
    expect(listed.mfaEnabled).toBe(true);
    expect((await admin.post(`/api/users/${coach.id}/mfa/reset`)).status).toBe(204);
    expectRefusal(await session.get('/api/me'), 401);
    expect((await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password })).body.status).toBe('signed_in');
    // Item 7: each step is in the audit, without codes.
    const actions = await auditActions(app(), coach.id);
    for (const action of ['mfa_enrolled', 'mfa_failed', 'recovery_code_used', 'mfa_disabled', 'mfa_reset']) expect(actions).toContain(action);
    const { rows } = await app().db.query(`SELECT string_agg(a::text, ' ') AS text FROM audit_log a`);
    for (const recoveryCode of recoveryCodes) expect(rows[0].text).not.toContain(recoveryCode);
    expect(rows[0].text).not.toContain(secret);
  });

  it('sessions end after 30 minutes without use, also when the session is cached', async () => {
    const staff = await createUser(app(), 'staff');
    expect((await staff.http.get('/api/me')).status).toBe(200);
    // Used every 20 minutes, the session lives on.
    clock.advance(20 * 60_000);
    expect((await staff.http.get('/api/me')).status).toBe(200);
    clock.advance(20 * 60_000);
    expect((await staff.http.get('/api/me')).status).toBe(200);
    // Before: a session unused for 31 minutes still answered 200 until its 12 hours were over.
    clock.advance(31 * 60_000);
    expectRefusal(await staff.http.get('/api/me'), 401);
  });

  it('users see their own sessions, without tokens, and end one; another user’s session is 404', async () => {
    const coach = await createUser(app(), 'coach');
    const phone = await sendOnce(app().baseUrl, 'POST', '/api/auth/login', JSON.stringify({ email: coach.email, password: coach.password }), {
      'content-type': 'application/json',
      'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
    });
    const list = await coach.http.get('/api/me/sessions');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(2);
    expect(list.body.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
    expect(list.body.map((session: { device: string }) => session.device)).toContain('Chrome op Android');
    expect(JSON.stringify(list.body)).not.toContain(phone.body.accessToken);
    expect(Object.keys(list.body[0]).sort()).toEqual(['createdAt', 'current', 'device', 'id', 'lastSeenAt']);
    const other = list.body.find((session: { current: boolean }) => !session.current);
    const stranger: TestUser = await createUser(app(), 'coach');
    expectRefusal(await stranger.http.delete(`/api/me/sessions/${other.id}`), 404);
    expectRefusal(await coach.http.delete('/api/me/sessions/geen-id'), 404);
    expect((await coach.http.delete(`/api/me/sessions/${other.id}`)).status).toBe(204);
    expectRefusal(await anonymous.withToken(phone.body.accessToken).get('/api/me'), 401);
    expect((await coach.http.get('/api/me/sessions')).body).toHaveLength(1);
  });
});

describe('two-step verification required for a role (MFA_REQUIRED_ROLES)', () => {
  const clock = new FixedClock(new Date());
  const app = useTestApp({ worker: false, clock, config: { mfaRequiredRoles: ['staff'] } });

  it('refuses a staff login without TOTP with 403, lets the user enrol with the enrolment token, then sign in with a code', async () => {
    const anonymous = new HttpClient(app().baseUrl);
    const email = uniqueEmail('balie');
    const password = strongPassword();
    await app().api.get(UsersService).create(SYSTEM_ACTOR, { email, name: 'Balie Medewerker', role: 'staff', password });
    // Before: the login gave a full session (200) whatever the role.
    const refused = await anonymous.post('/api/auth/login', { email, password });
    expectRefusal(refused, 403);
    expect(refused.body.code).toBe('mfa_enrolment_required');
    expect(refused.body.message).toMatch(/tweestapsverificatie/);
    const enrolment = anonymous.withToken(refused.body.enrolmentToken);
    // The enrolment token opens the enrolment and nothing else.
    expectRefusal(await enrolment.get('/api/candidates'), 403);
    expectRefusal(await enrolment.get('/api/me/sessions'), 403);
    expect((await enrolment.get('/api/me/mfa')).body).toEqual({ enabled: false, recoveryCodesLeft: 0, required: true });
    const { secret } = await enrol(app(), clock, enrolment);
    // Its work done, the enrolment session has ended; the user signs in with a code.
    expectRefusal(await enrolment.get('/api/me'), 401);
    const step = await anonymous.post('/api/auth/login', { email, password });
    expect(step.body.status).toBe('code_required');
    clock.advance(30_000);
    const signedIn = await anonymous.post('/api/auth/login/mfa', { challengeToken: step.body.challengeToken, code: await codeAt(clock, secret) });
    expect(signedIn.status).toBe(200);
    expect((await anonymous.withToken(signedIn.body.accessToken).get('/api/candidates')).status).toBe(200);
    // Other roles are not required to.
    const coach = await createUser(app(), 'coach');
    expect((await coach.http.get('/api/me')).status).toBe(200);
  });
});
