import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { createUser, login } from '../support/factories';
import { eventually } from '../support/expectations';

const LISTENER = 'zij-instroom-session-listener';

/** The session listeners on the app's database that have run LISTEN, by backend pid. */
async function listenerPids(app: TestApp): Promise<number[]> {
  const { rows } = await app.db.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND query ILIKE 'LISTEN%'`,
    [LISTENER],
  );
  return rows.map((row) => row.pid);
}

/**
 * Two API processes on one database: each caches authenticated sessions for a few seconds, and a
 * revocation in one reaches the other through NOTIFY at commit.
 */
describe('session cache across API processes', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    first = await startTestApp({ worker: false });
    // The second process shares the first one's database, as two API processes behind a load balancer do.
    second = await startTestApp({ worker: false, config: { databaseUrl: first.config.databaseUrl, queuePrefix: first.config.queuePrefix } });
    admin = new HttpClient(first.baseUrl, await login(first, ADMIN_EMAIL, ADMIN_PASSWORD));
    // A process starts listening at its first authenticated request, and caches once it listens.
    expect((await admin.get('/api/me')).status).toBe(200);
    expect((await new HttpClient(second.baseUrl, await login(second, ADMIN_EMAIL, ADMIN_PASSWORD)).get('/api/me')).status).toBe(200);
    await eventually(async () => (await listenerPids(first)).length === 2, 'both API processes listening for revocations');
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  /** Signs in on the first process and has the second read the session (and so cache it). */
  async function cachedOnSecond(): Promise<{ id: string; token: string; onSecond: HttpClient }> {
    const staff = await createUser(first, 'staff');
    const onSecond = new HttpClient(second.baseUrl, staff.token);
    expect((await onSecond.get('/api/me')).status).toBe(200);
    return { id: staff.id, token: staff.token, onSecond };
  }

  /** The NOTIFY is delivered at commit; allow the other process the moment (at most a second) it takes to read it. */
  async function refusedSoon(client: HttpClient): Promise<number> {
    let status = 0;
    await eventually(
      async () => {
        status = (await client.get('/api/me')).status;
        return status === 401;
      },
      'the session refused',
      1000,
    ).catch(() => undefined);
    return status;
  }

  it('a logout on one process ends the session on the other', async () => {
    const { token, onSecond } = await cachedOnSecond();
    expect((await new HttpClient(first.baseUrl, token).post('/api/auth/logout')).status).toBe(204);
    expect(await refusedSoon(onSecond)).toBe(401);
  });

  it('disabling a user on one process ends the sessions on the other', async () => {
    const { id, onSecond } = await cachedOnSecond();
    expect((await admin.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    expect(await refusedSoon(onSecond)).toBe(401);
  });

  it("a session revoked behind the application's back is cached until a NOTIFY says otherwise", async () => {
    const { token, onSecond } = await cachedOnSecond();
    const { rows } = await second.db.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = encode(sha256($1::bytea), 'hex') RETURNING id`, [token]);
    expect(rows).toHaveLength(1);
    // Within the cache's few seconds the second process still trusts what it read.
    expect((await onSecond.get('/api/me')).status).toBe(200);
    await second.db.query(`SELECT pg_notify('session_revoked', json_build_object('sessionId', $1::text)::text)`, [rows[0].id]);
    expect(await refusedSoon(onSecond)).toBe(401);
  });

  it('forgets every cached session when its listening connection is lost', async () => {
    const { token, onSecond } = await cachedOnSecond();
    const lost = await listenerPids(second);
    await second.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY($1::int[])`, [lost]);
    // Both processes noticed the loss (which empties the cache) once each listens again on a new connection;
    // the session cached above is still within the cache's lifetime, so only a forgotten cache refuses it.
    await eventually(async () => {
      const now = await listenerPids(second);
      return now.length === 2 && now.every((pid) => !lost.includes(pid));
    }, 'both API processes listening again on new connections');
    await second.db.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect((await onSecond.get('/api/me')).status).toBe(401);
  });
});
