import { generate } from 'otplib';
import { FixedClock, SYSTEM_ACTOR } from '@app/shared';
import { UsersService } from '@app/accounts';
import { useTestApp, type TestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { createUser, login, uniqueEmail, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { expectSentOnce } from '../support/notifications';
import { waitForQuiet } from '../support/quiet';

/** A strong password, as the strength check wants it. */
const strongPassword = () => `paars-olifant-${Math.random().toString(36).slice(2, 10)}-fietst`;

const RESET_LINK = /(https?:\/\/\S+)\/wachtwoord-herstellen#token=([A-Za-z0-9_-]+)/;

/** The token of the newest reset mail to `email`, waiting for it to arrive after `seen` earlier mails. */
async function tokenFromMail(app: TestApp, email: string, seen: number): Promise<string> {
  await app.mail.waitFor(() => app.mail.to(email).length > seen);
  const mail = app.mail.to(email)[seen];
  expect(mail.subject).toBe('Nieuw wachtwoord instellen voor Flevowijs zij-instroom');
  const match = RESET_LINK.exec(mail.text ?? '');
  if (!match) throw new Error(`No reset link in the mail: ${mail.text}`);
  // The link is made by the one web-link helper, from APP_URL.
  expect(match[1]).toBe(app.config.appUrl);
  return match[2];
}

async function auditRows(app: TestApp, userId: string): Promise<{ action: string; actorRole: string; changedFields: string[] }[]> {
  const { rows } = await app.db.query(
    `SELECT action, actor_role AS "actorRole", changed_fields AS "changedFields" FROM audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY id`,
    [userId],
  );
  return rows;
}

describe('"Wachtwoord vergeten": a one-time link by e-mail (issue 11, item 8)', () => {
  const clock = new FixedClock(new Date());
  const app = useTestApp({ clock });
  let anonymous: HttpClient;

  beforeAll(() => {
    anonymous = new HttpClient(app().baseUrl);
  });

  async function requestReset(email: string) {
    const answer = await anonymous.post('/api/auth/password-reset', { email });
    expect(answer.status).toBe(202);
    return answer;
  }

  it('mails a link that works once: the new password works, every session ended, the old password is refused', async () => {
    const coach = await createUser(app(), 'coach');
    const otherSession = anonymous.withToken(await login(app(), coach.email, coach.password));
    await requestReset(coach.email.toUpperCase());
    const token = await tokenFromMail(app(), coach.email, 0);

    // Only the token's hash is kept; the notification row keeps the mail without its link.
    const { rows } = await app().db.query(
      `SELECT (SELECT count(*)::int FROM password_resets WHERE user_id = $1) AS resets,
              (SELECT count(*)::int FROM password_resets WHERE strpos(password_resets::text, $2) > 0) AS "tokensInResets",
              (SELECT count(*)::int FROM notifications WHERE strpos(notifications::text, $2) > 0) AS "tokensInNotifications",
              (SELECT count(*)::int FROM outbox_jobs o WHERE strpos(o::text, $2) > 0) AS "tokensInOutbox"`,
      [coach.id, token],
    );
    expect(rows[0]).toEqual({ resets: 1, tokensInResets: 0, tokensInNotifications: 0, tokensInOutbox: 0 });

    // A weak password is refused by field; the link still works afterwards.
    expectRefusal(await anonymous.post('/api/auth/password-reset/confirm', { token, newPassword: 'aaaaaaaaaaaa' }), 400, 'newPassword');
    const newPassword = strongPassword();
    expect((await anonymous.post('/api/auth/password-reset/confirm', { token, newPassword })).status).toBe(204);

    expectRefusal(await coach.http.get('/api/me'), 401);
    expectRefusal(await otherSession.get('/api/me'), 401);
    expectRefusal(await anonymous.post('/api/auth/login', { email: coach.email, password: coach.password }), 401);
    expect((await anonymous.post('/api/auth/login', { email: coach.email, password: newPassword })).status).toBe(200);

    // Used once: a second use is refused in Dutch, naming the token.
    const again = await anonymous.post('/api/auth/password-reset/confirm', { token, newPassword: strongPassword() });
    expectRefusal(again, 400, 'token');
    expect(again.body.message).toMatch(/verlopen of al gebruikt/);
    expect((await anonymous.post('/api/auth/login', { email: coach.email, password: newPassword })).status).toBe(200);

    // Audited, without the token or a password.
    const audit = await auditRows(app(), coach.id);
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'password_reset_requested', actorRole: 'public', changedFields: [] },
        { action: 'password_reset', actorRole: 'coach', changedFields: ['password'] },
      ]),
    );
    const { rows: text } = await app().db.query(`SELECT string_agg(a::text, ' ') AS text FROM audit_log a`);
    expect(text[0].text).not.toContain(token);
    expect(text[0].text).not.toContain(newPassword);
  });

  it('answers an unknown or disabled address exactly alike, and mails nothing', async () => {
    const coach = await createUser(app(), 'coach');
    const disabled = await createUser(app(), 'coach');
    await app().api.get(UsersService).update(SYSTEM_ACTOR, disabled.id, { active: false });
    const unknown = uniqueEmail('niemand');

    const known = await requestReset(coach.email);
    const answers = [await requestReset(unknown), await requestReset(disabled.email)];
    for (const answer of answers) {
      expect(answer.body).toEqual(known.body);
      expect(answer.headers.get('content-type')).toBe(known.headers.get('content-type'));
    }
    expect(known.body.message).toMatch(/^Als er een account bij dit e-mailadres hoort/);

    await tokenFromMail(app(), coach.email, 0);
    await waitForQuiet(app());
    expect(app().mail.to(unknown)).toHaveLength(0);
    expect(app().mail.to(disabled.email)).toHaveLength(0);
    const { rows } = await app().db.query(`SELECT count(*)::int AS resets FROM password_resets WHERE user_id = $1`, [disabled.id]);
    expect(rows[0].resets).toBe(0);
  });

  it('refuses an expired link, and a link superseded by a newer request', async () => {
    const coach = await createUser(app(), 'coach');
    await requestReset(coach.email);
    const expired = await tokenFromMail(app(), coach.email, 0);
    clock.advance(61 * 60_000);
    expectRefusal(await anonymous.post('/api/auth/password-reset/confirm', { token: expired, newPassword: strongPassword() }), 400, 'token');

    await requestReset(coach.email);
    const older = await tokenFromMail(app(), coach.email, 1);
    await requestReset(coach.email);
    const newer = await tokenFromMail(app(), coach.email, 2);
    expect(newer).not.toBe(older);
    expectRefusal(await anonymous.post('/api/auth/password-reset/confirm', { token: older, newPassword: strongPassword() }), 400, 'token');
    // Just inside the hour the newer link still works.
    clock.advance(59 * 60_000);
    const newPassword = strongPassword();
    expect((await anonymous.post('/api/auth/password-reset/confirm', { token: newer, newPassword })).status).toBe(204);
    expect((await anonymous.post('/api/auth/login', { email: coach.email, password: newPassword })).status).toBe(200);
    await waitForQuiet(app());
    const { rows } = await app().db.query<{ id: string }>(`SELECT id FROM password_resets WHERE user_id = $1`, [coach.id]);
    for (const { id } of rows) await expectSentOnce(app(), 'password_reset', id, [{ dueKey: 'once', recipient: coach.email }]);
  });

  it('never skips the second factor: after a reset the login still asks for the code', async () => {
    const coach: TestUser = await createUser(app(), 'coach');
    const started = await coach.http.post('/api/me/mfa/enrolment');
    const secret = started.body.secret as string;
    const code = await generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
    expect((await coach.http.post('/api/me/mfa/enrolment/confirm', { code })).status).toBe(200);

    await requestReset(coach.email);
    const token = await tokenFromMail(app(), coach.email, 0);
    const newPassword = strongPassword();
    expect((await anonymous.post('/api/auth/password-reset/confirm', { token, newPassword })).status).toBe(204);
    const step = await anonymous.post('/api/auth/login', { email: coach.email, password: newPassword });
    expect(step.status).toBe(200);
    expect(step.body.status).toBe('code_required');
    expect(step.body.accessToken).toBeUndefined();
    expect(step.headers.getSetCookie()).toEqual([]);
  });

  it('refuses malformed requests with 400 naming the field', async () => {
    expectRefusal(await anonymous.post('/api/auth/password-reset', { email: 'geen-adres' }), 400, 'email');
    expectRefusal(await anonymous.post('/api/auth/password-reset', {}), 400, 'email');
    expectRefusal(await anonymous.post('/api/auth/password-reset/confirm', { newPassword: strongPassword() }), 400, 'token');
    expectRefusal(await anonymous.post('/api/auth/password-reset/confirm', { token: 'x'.repeat(101), newPassword: strongPassword() }), 400, 'token');
    expectRefusal(await anonymous.post('/api/auth/password-reset/confirm', { token: 'onbekend', newPassword: 'kort' }), 400, 'newPassword');
    expectRefusal(await anonymous.post('/api/auth/password-reset/confirm', { token: 'onbekend', newPassword: strongPassword() }), 400, 'token');
  });
});
