import { randomUUID } from 'node:crypto';
import { ACCOUNTS_HOUSEKEEPING_SWEEP } from '@app/accounts';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';

const DAY = 24 * 60 * 60 * 1000;
const ago = (milliseconds: number) => new Date(Date.now() - milliseconds);

/**
 * The nightly housekeeping of sign-in records: what is past any use goes (sessions and reset links
 * ended over 30 days ago, throttles that count nothing any more); what may still matter stays.
 */
describe('accounts housekeeping sweep', () => {
  const app = useTestApp();
  const sweep = () => app().worker!.get(JobsProcessor).runSweep(ACCOUNTS_HOUSEKEEPING_SWEEP);
  let user: TestUser;

  const insertSession = async (label: string, expiresAt: Date, revokedAt: Date | null) => {
    await app().db.query(
      `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, revoked_at, user_agent) VALUES ($1, $2, $3, $3, $4, $5, $6)`,
      [randomUUID(), user.id, new Date(expiresAt.getTime() - DAY), expiresAt, revokedAt, label],
    );
  };
  const insertReset = async (expiresAt: Date) => {
    await app().db.query(`INSERT INTO password_resets (id, user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      user.id,
      randomUUID(),
      new Date(expiresAt.getTime() - 60 * 60 * 1000),
      expiresAt,
    ]);
  };

  beforeAll(async () => {
    user = await createUser(app(), 'staff');
    await insertSession('expired 31 days ago', ago(31 * DAY), null);
    await insertSession('ended 31 days ago', ago(20 * DAY), ago(31 * DAY));
    await insertSession('expired 29 days ago', ago(29 * DAY), null);
    await insertSession('ended 29 days ago', new Date(Date.now() + DAY), ago(29 * DAY));
    await insertReset(ago(31 * DAY));
    await insertReset(ago(29 * DAY));
    await app().db.query(
      `INSERT INTO login_throttles (account, attempts, last_attempt_at, blocked_until) VALUES
         ('stale', 3, $1, NULL), ('remembered', 3, $2, NULL), ('waiting', 9, $1, $3)`,
      [ago(2 * 60 * 60 * 1000), ago(10 * 60 * 1000), new Date(Date.now() + 60 * 60 * 1000)],
    );
    await app().db.query(`INSERT INTO login_address_failures (address, failures, window_ends_at) VALUES ('ended', 4, $1), ('running', 4, $2)`, [
      ago(1000),
      new Date(Date.now() + 60 * 1000),
    ]);
  });

  it('deletes what is past any use and keeps the rest', async () => {
    // 2 sessions, 1 reset link, 1 account throttle, 1 address window.
    expect(await sweep()).toBe(5);
    const sessions = await app().db.query(`SELECT user_agent FROM sessions WHERE user_id = $1 AND user_agent IS NOT NULL ORDER BY user_agent`, [user.id]);
    // 'node': the user's own session, signed in by the test's HTTP client.
    expect(sessions.rows.map((row) => row.user_agent)).toEqual(['ended 29 days ago', 'expired 29 days ago', 'node']);
    expect((await app().db.query(`SELECT count(*)::int AS n FROM password_resets WHERE user_id = $1`, [user.id])).rows).toEqual([{ n: 1 }]);
    expect((await app().db.query(`SELECT account FROM login_throttles ORDER BY account`)).rows).toEqual([{ account: 'remembered' }, { account: 'waiting' }]);
    expect((await app().db.query(`SELECT address FROM login_address_failures`)).rows).toEqual([{ address: 'running' }]);
    // The user's own session is untouched.
    expect((await user.http.get('/api/me')).status).toBe(200);
  });

  it('finds nothing more on a second run', async () => {
    expect(await sweep()).toBe(0);
  });
});
