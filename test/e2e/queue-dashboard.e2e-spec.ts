import type { Role } from '@app/shared';
import { useTestApp, type TestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply, createBoard, createInstitute, createUser, type TestUser } from '../support/factories';
import { eventually } from '../support/expectations';

const DASHBOARD = '/api/operations/queues';
const COOKIE = 'flevowijs_session';

interface Answer {
  status: number;
  text: string;
  headers: Headers;
}

/** A request as the browser sends it: the session cookie (no Authorization header), from `origin` when given. */
async function withCookie(app: TestApp, method: string, path: string, token: string, origin?: string): Promise<Answer> {
  const response = await fetch(app.baseUrl + path, { method, headers: { cookie: `${COOKIE}=${token}`, ...(origin ? { origin } : {}) } });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

async function withBearer(app: TestApp, path: string, token?: string): Promise<Answer> {
  const response = await fetch(app.baseUrl + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

interface FailedJob {
  id: string;
  failedReason: string;
  data: Record<string, unknown>;
}

/**
 * Issue 13, item 9: the queue dashboard (Bull Board) behind the product's login, administrators
 * only. Every path under it — the page, its API, its scripts — answers 401 without a session and
 * 404 to every other role (R14). The mail relay of this app refuses every connection, so the
 * confirmation of an application fails in the queue and the administrator sees it with its error.
 */
describe('the queue dashboard (issue 13, item 9)', () => {
  const app = useTestApp({ config: { smtpUrl: 'smtp://127.0.0.1:1', outbox: { queueAttempts: 1, maxRetryDelaySeconds: 3600, horizonHours: 72 } } });
  const others: Partial<Record<Exclude<Role, 'admin'>, TestUser>> = {};
  let admin: TestUser;
  let failed: FailedJob;
  let assetPath: string;

  beforeAll(async () => {
    const board = await createBoard(app());
    const institute = await createInstitute(app());
    admin = await createUser(app(), 'admin');
    others.staff = await createUser(app(), 'staff');
    others.coach = await createUser(app(), 'coach');
    others.board = await createUser(app(), 'board', { boardId: board.id });
    others.institute = await createUser(app(), 'institute', { instituteId: institute.id });
    await apply(app());
    // The application's confirmation job: other jobs may fail beside it (every mail does here).
    const [{ id: outboxId }] = (await app().db.query<{ id: string }>(`SELECT id FROM outbox_jobs WHERE name = 'candidates.application-received'`)).rows;
    failed = await eventually(async () => {
      const answer = await new HttpClient(app().baseUrl, admin.token).get(`${DASHBOARD}/api/queues?activeQueue=jobs&status=failed&page=1`);
      const queue = (answer.body?.queues ?? []).find((entry: { name: string }) => entry.name === 'jobs');
      return queue?.jobs?.find((job: FailedJob) => job.failedReason && job.data.outboxId === outboxId);
    }, 'the failed confirmation job on the dashboard');
    const page = await withCookie(app(), 'GET', `${DASHBOARD}/`, admin.token);
    assetPath = `${DASHBOARD}/${/src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)?.[1] ?? 'missing'}`;
  });

  /** Every kind of path under the dashboard: its page (and its client-side routes), its API, a job, its scripts. */
  const paths = () => [
    DASHBOARD,
    `${DASHBOARD}/`,
    `${DASHBOARD}/queue/jobs`,
    `${DASHBOARD}/api/queues?activeQueue=jobs&status=failed&page=1`,
    `${DASHBOARD}/api/redis/stats`,
    `${DASHBOARD}/api/queues/jobs/${encodeURIComponent(failed.id)}`,
    `${DASHBOARD}/api/queues/jobs/${encodeURIComponent(failed.id)}/logs`,
    assetPath,
  ];

  it('an administrator sees the failed job with its error: the code the outbox row keeps, no message text, ids only', async () => {
    const { rows } = await app().db.query<{ id: string; last_error_code: string }>(
      `SELECT id, last_error_code FROM outbox_jobs WHERE name = 'candidates.application-received'`,
    );
    expect(rows).toHaveLength(1);
    expect(failed.data).toEqual({ outboxId: rows[0].id });
    expect(failed.failedReason).toBe(rows[0].last_error_code);
    expect(failed.failedReason).toMatch(/^E[A-Z]+/);
    const job = await new HttpClient(app().baseUrl, admin.token).get(`${DASHBOARD}/api/queues/jobs/${encodeURIComponent(failed.id)}`);
    expect(job.status).toBe(200);
    expect(job.body.job).toMatchObject({ id: failed.id, failedReason: failed.failedReason, isFailed: true });
  });

  it('an administrator opens every path, by the page’s cookie and by a bearer token', async () => {
    for (const path of paths()) {
      expect({ path, status: (await withCookie(app(), 'GET', path, admin.token)).status }).toEqual({ path, status: 200 });
      expect({ path, status: (await withBearer(app(), path, admin.token)).status }).toEqual({ path, status: 200 });
    }
  });

  it('the dashboard’s page may run its own scripts, nothing else', async () => {
    const page = await withCookie(app(), 'GET', `${DASHBOARD}/`, admin.token);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain(`<base href="${DASHBOARD}/" />`);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    // The rest of the API keeps its own strict policy.
    const me = await withBearer(app(), '/api/me', admin.token);
    expect(me.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
  });

  it.each(['staff', 'coach', 'board', 'institute'] as const)('a %s user gets 404 on every path, by cookie and by bearer token', async (role) => {
    const user = others[role] as TestUser;
    for (const path of paths()) {
      const byCookie = await withCookie(app(), 'GET', path, user.token);
      expect({ path, status: byCookie.status }).toEqual({ path, status: 404 });
      expect(JSON.parse(byCookie.text)).toMatchObject({ statusCode: 404, message: 'Niet gevonden.' });
      expect({ path, status: (await withBearer(app(), path, user.token)).status }).toEqual({ path, status: 404 });
    }
  });

  it('an anonymous caller, or one with an ended session, gets 401 on every path and no queue data', async () => {
    for (const path of paths()) {
      const anonymous = await withBearer(app(), path);
      expect({ path, status: anonymous.status }).toEqual({ path, status: 401 });
      expect(anonymous.text).not.toContain(failed.id);
      expect({ path, status: (await withCookie(app(), 'GET', path, 'not-a-session')).status }).toEqual({ path, status: 401 });
    }
  });

  it('changes nothing: a change by an administrator is refused by the read-only board, a cross-site one before it', async () => {
    const clean = `${DASHBOARD}/api/queues/jobs/clean/failed`;
    expect((await withCookie(app(), 'PUT', clean, admin.token)).status).toBe(405);
    expect((await withCookie(app(), 'PUT', clean, admin.token, 'https://elders.example')).status).toBe(403);
    expect((await withCookie(app(), 'PUT', clean, others.board!.token)).status).toBe(404);
    const still = await new HttpClient(app().baseUrl, admin.token).get(`${DASHBOARD}/api/queues/jobs/${encodeURIComponent(failed.id)}`);
    expect(still.status).toBe(200);
  });
});

/** The embedded default runs the queue on BullMQ's PostgreSQL backend: Bull Board 9.10 reads that one too. */
describe('the queue dashboard on the PostgreSQL queue backend', () => {
  const app = useTestApp({
    queueBackend: 'postgres',
    config: { smtpUrl: 'smtp://127.0.0.1:1', outbox: { queueAttempts: 1, maxRetryDelaySeconds: 3600, horizonHours: 72 } },
  });

  it('shows an administrator the failed job with its error, and nobody else anything', async () => {
    const admin = await createUser(app(), 'admin');
    const coach = await createUser(app(), 'coach');
    await apply(app());
    const failedPath = `${DASHBOARD}/api/queues?activeQueue=jobs&status=failed&page=1`;
    const job = await eventually(async () => {
      const answer = await new HttpClient(app().baseUrl, admin.token).get(failedPath);
      return (answer.body?.queues ?? [])[0]?.jobs?.find((entry: FailedJob) => entry.failedReason) as FailedJob | undefined;
    }, 'a failed job on the dashboard');
    const { rows } = await app().db.query(`SELECT id, last_error_code FROM outbox_jobs WHERE name = 'candidates.application-received'`);
    expect(job).toMatchObject({ data: { outboxId: rows[0].id }, failedReason: rows[0].last_error_code });
    const stats = await new HttpClient(app().baseUrl, admin.token).get(`${DASHBOARD}/api/redis/stats`);
    expect(stats.body).toMatchObject({ backend: 'postgres' });
    expect((await withBearer(app(), failedPath, coach.token)).status).toBe(404);
    expect((await withBearer(app(), failedPath)).status).toBe(401);
  });
});
