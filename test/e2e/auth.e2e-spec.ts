import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { createBoard, createUser, login, uniqueEmail } from '../support/factories';
import { expectRefusal } from '../support/expectations';

describe('auth and user administration', () => {
  const app = useTestApp({ worker: false });
  let anonymous: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  describe('login', () => {
    it('gives a token and the user for the right password (e-mail case does not matter)', async () => {
      const staff = await createUser(app(), 'staff');
      const result = await anonymous.post('/api/auth/login', { email: staff.email.toUpperCase(), password: staff.password });
      expect(result.status).toBe(200);
      expect(result.body).toEqual({
        status: 'signed_in',
        accessToken: expect.any(String),
        user: expect.objectContaining({ id: staff.id, email: staff.email, role: 'staff' }),
      });
      expect(result.body.user.passwordHash).toBeUndefined();
    });

    it('refuses a wrong password and an unknown user alike with 401', async () => {
      const staff = await createUser(app(), 'staff');
      const wrong = await anonymous.post('/api/auth/login', { email: staff.email, password: 'niet-het-wachtwoord' });
      const unknown = await anonymous.post('/api/auth/login', { email: uniqueEmail('niemand'), password: 'niet-het-wachtwoord' });
      expectRefusal(wrong, 401);
      expectRefusal(unknown, 401);
      // Same answer, so the login does not reveal which accounts exist.
      expect(unknown.body.message).toBe(wrong.body.message);
    });

    it('refuses a malformed login with 400 naming the field', async () => {
      expectRefusal(await anonymous.post('/api/auth/login', { email: 'geen-adres', password: 'x' }), 400, 'email');
      expectRefusal(await anonymous.post('/api/auth/login', { email: uniqueEmail() }), 400, 'password');
      expectRefusal(await anonymous.post('/api/auth/login', { email: uniqueEmail(), password: 'x', role: 'admin' }), 400, 'role');
    });
  });

  describe('sessions', () => {
    it('GET /api/me answers who is signed in, and 401 without or with a bad token', async () => {
      const coach = await createUser(app(), 'coach');
      const me = await coach.http.get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual(expect.objectContaining({ id: coach.id, email: coach.email, role: 'coach', boardId: null }));
      expectRefusal(await anonymous.get('/api/me'), 401);
      expectRefusal(await anonymous.withToken('onzin-token').get('/api/me'), 401);
      expectRefusal(await anonymous.withToken('x'.repeat(5000)).get('/api/me'), 401);
    });

    it('logout ends the session at once; other sessions of the user stay', async () => {
      const staff = await createUser(app(), 'staff');
      const second = anonymous.withToken(await login(app(), staff.email, staff.password));
      const logout = await staff.http.post('/api/auth/logout');
      expect(logout.status).toBe(204);
      expectRefusal(await staff.http.get('/api/me'), 401);
      expectRefusal(await staff.http.post('/api/auth/logout'), 401);
      expect((await second.get('/api/me')).status).toBe(200);
    });

    it("an administrator disabling a user ends all that user's sessions at once and blocks new logins", async () => {
      const staff = await createUser(app(), 'staff');
      const second = anonymous.withToken(await login(app(), staff.email, staff.password));
      expect((await staff.http.get('/api/me')).status).toBe(200);
      const disabled = await admin.patch(`/api/users/${staff.id}`, { active: false });
      expect(disabled.status).toBe(200);
      expect(disabled.body).toEqual(expect.objectContaining({ id: staff.id, active: false }));
      expectRefusal(await staff.http.get('/api/me'), 401);
      expectRefusal(await second.get('/api/candidates'), 401);
      expectRefusal(await anonymous.post('/api/auth/login', { email: staff.email, password: staff.password }), 401);
      const { rows } = await app().db.query(`SELECT count(*)::int AS open FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [staff.id]);
      expect(rows[0].open).toBe(0);
      // Enabled again, the user can sign in, but the old tokens stay dead.
      expect((await admin.patch(`/api/users/${staff.id}`, { active: true })).status).toBe(200);
      expect((await anonymous.post('/api/auth/login', { email: staff.email, password: staff.password })).status).toBe(200);
      expectRefusal(await staff.http.get('/api/me'), 401);
    });

    it('a password change by an administrator ends the old sessions; the new password works', async () => {
      const coach = await createUser(app(), 'coach');
      const newPassword = `nieuw-${randomUUID()}`;
      expect((await admin.patch(`/api/users/${coach.id}`, { password: newPassword })).status).toBe(200);
      expectRefusal(await coach.http.get('/api/me'), 401);
      expectRefusal(await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password }), 401);
      expect((await anonymous.post('/api/auth/login', { email: coach.email, password: newPassword })).status).toBe(200);
    });
  });

  describe('login rate limit', () => {
    const strict = useTestApp({ worker: false, config: { loginAttemptsPerMinute: 3 } });

    it('answers 429 after the allowed attempts per minute, even for the right password', async () => {
      // Counters live in PostgreSQL and are shared by every API process; start from none.
      await strict().db.query(`DELETE FROM rate_limits`);
      const client = new HttpClient(strict().baseUrl);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        statuses.push((await client.post('/api/auth/login', { email: ADMIN_EMAIL, password: 'fout-wachtwoord' })).status);
      }
      expect(statuses).toEqual([401, 401, 401]);
      const blocked = await client.post('/api/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
      expectRefusal(blocked, 429);
      expect(blocked.headers.get('retry-after') ?? blocked.headers.get('retry-after-login')).toBeTruthy();
      // The public form has its own counter and is not blocked by failed logins.
      expect((await client.get('/api/health')).status).toBe(200);
      await strict().db.query(`DELETE FROM rate_limits`);
    });
  });

  describe('user administration', () => {
    it('lists users for administrators only; others get 404', async () => {
      const list = await admin.get('/api/users');
      expect(list.status).toBe(200);
      expect(list.body).toEqual(expect.arrayContaining([expect.objectContaining({ email: ADMIN_EMAIL, role: 'admin' })]));
      expect(JSON.stringify(list.body)).not.toMatch(/password/i);
      for (const role of ['staff', 'coach', 'institute'] as const) {
        const user = role === 'institute' ? null : await createUser(app(), role);
        if (!user) continue;
        expectRefusal(await user.http.get('/api/users'), 404);
        expectRefusal(await user.http.post('/api/users', { email: uniqueEmail(), name: 'X Y', role: 'staff', password: 'wachtwoord-lang-1' }), 404);
      }
    });

    it('creates users; a board user needs a boardId (400 naming boardId)', async () => {
      const email = uniqueEmail('nieuw');
      const missing = await admin.post('/api/users', { email, name: 'Bestuur Gebruiker', role: 'board', password: 'wachtwoord-lang-1' });
      expectRefusal(missing, 400, 'boardId');
      const board = await createBoard(app());
      const created = await admin.post('/api/users', { email, name: 'Bestuur Gebruiker', role: 'board', password: 'wachtwoord-lang-1', boardId: board.id });
      expect(created.status).toBe(201);
      expect(created.body).toEqual(expect.objectContaining({ email, role: 'board', boardId: board.id, active: true }));
      expect(created.body.passwordHash).toBeUndefined();
      expect((await anonymous.post('/api/auth/login', { email, password: 'wachtwoord-lang-1' })).status).toBe(200);
      expectRefusal(await admin.post('/api/users', { email: email.toUpperCase(), name: 'Dubbel', role: 'staff', password: 'wachtwoord-lang-1' }), 409, 'email');
    });

    it('refuses bad user input by field', async () => {
      const base = { email: uniqueEmail(), name: 'Nieuwe Medewerker', role: 'staff', password: 'wachtwoord-lang-1' };
      expectRefusal(await admin.post('/api/users', { ...base, password: 'kort' }), 400, 'password');
      expectRefusal(await admin.post('/api/users', { ...base, role: 'superuser' }), 400, 'role');
      expectRefusal(await admin.post('/api/users', { ...base, boardId: randomUUID() }), 400, 'boardId');
      expectRefusal(await admin.post('/api/users', { ...base, role: 'board', boardId: randomUUID() }), 400, 'boardId');
      expectRefusal(await admin.post('/api/users', { ...base, role: 'institute' }), 400, 'instituteId');
      expectRefusal(await admin.patch(`/api/users/${randomUUID()}`, { name: 'Niemand Hier' }), 404);
      expectRefusal(await admin.patch('/api/users/geen-id', { name: 'Niemand Hier' }), 404);
    });

    it('mass assignment: role, version, id or boardId cannot be set where not allowed', async () => {
      const staff = await createUser(app(), 'staff');
      expectRefusal(await admin.patch(`/api/users/${staff.id}`, { role: 'board' }), 400, 'boardId');
      expectRefusal(await admin.patch(`/api/users/${staff.id}`, { boardId: randomUUID() }), 400, 'boardId');
      expectRefusal(await admin.patch(`/api/users/${staff.id}`, { email: 'ander@example.nl' }), 400, 'email');
      const base = { email: uniqueEmail(), name: 'Nieuwe Medewerker', role: 'staff', password: 'wachtwoord-lang-1' };
      expectRefusal(await admin.post('/api/users', { ...base, version: 7 }), 400, 'version');
      expectRefusal(await admin.post('/api/users', { ...base, id: randomUUID() }), 400, 'id');
      expectRefusal(await admin.post('/api/users', { ...base, active: false, passwordHash: 'x' }), 400, 'passwordHash');
      const { rows } = await app().db.query(`SELECT role, board_id FROM users WHERE id = $1`, [staff.id]);
      expect(rows[0]).toEqual({ role: 'staff', board_id: null });
      const { rows: created } = await app().db.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [base.email]);
      expect(created[0].count).toBe(0);
    });
  });
});
