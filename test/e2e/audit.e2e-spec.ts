import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply, createBoard, createUser, login, uniqueEmail, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { STAGE_COMMANDS } from '@app/candidates';

interface AuditRow {
  actor_id: string | null;
  actor_role: string | null;
  entity: string;
  entity_id: string;
  action: string;
  changed_fields: string[];
}

/** R15: every successful change leaves exactly one audit row, in the same transaction, without values. */
describe('audit log (R15)', () => {
  const app = useTestApp({ worker: false });
  let admin: HttpClient;
  let adminId: string;
  let staff: TestUser;
  const secrets: string[] = [ADMIN_PASSWORD];

  beforeAll(async () => {
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
    adminId = (await admin.get('/api/me')).body.id;
    staff = await createUser(app(), 'staff');
    secrets.push(staff.password);
  });

  async function rowsFor(entityId: string): Promise<AuditRow[]> {
    const { rows } = await app().db.query(
      `SELECT actor_id, actor_role, entity, entity_id, action, changed_fields FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
    return rows;
  }

  async function totalRows(): Promise<number> {
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM audit_log`);
    return rows[0].count;
  }

  it('apply, screening, reject: one row each, with actor, entity, id and changed field names', async () => {
    const { candidateId } = await apply(app());
    expect(await rowsFor(candidateId)).toEqual([
      {
        actor_id: null,
        actor_role: 'public',
        entity: 'candidate',
        entity_id: candidateId,
        action: 'apply',
        changed_fields: ['firstName', 'lastName', 'email', 'phone', 'degreeLevel', 'degreeField', 'region', 'consentToKeep', 'route', 'documents'],
      },
    ]);
    expect((await staff.http.post(`/api/candidates/${candidateId}/screening`, {})).status).toBe(200);
    expect((await staff.http.post(`/api/candidates/${candidateId}/reject`, { reason: 'Motivatie ontbreekt' })).status).toBe(200);
    const rows = await rowsFor(candidateId);
    expect(rows.slice(1)).toEqual([
      { actor_id: staff.id, actor_role: 'staff', entity: 'candidate', entity_id: candidateId, action: 'screening', changed_fields: ['stage'] },
      {
        actor_id: staff.id,
        actor_role: 'staff',
        entity: 'candidate',
        entity_id: candidateId,
        action: 'reject',
        changed_fields: ['stage', 'closedAt', 'closingReason'],
      },
    ]);
    // The reason is kept with the candidate, not in the log.
    expect(JSON.stringify(rows)).not.toContain('Motivatie ontbreekt');
  });

  it('withdraw: one row by the acting administrator', async () => {
    const { candidateId } = await apply(app());
    expect((await admin.post(`/api/candidates/${candidateId}/withdraw`, { reason: 'Verhuisd' })).status).toBe(200);
    expect((await rowsFor(candidateId)).slice(1)).toEqual([
      {
        actor_id: adminId,
        actor_role: 'admin',
        entity: 'candidate',
        entity_id: candidateId,
        action: 'withdraw',
        changed_fields: ['stage', 'closedAt', 'closingReason'],
      },
    ]);
  });

  it('user create and update: one row each, naming the fields (never their values)', async () => {
    const password = `geheim-${randomUUID()}`;
    const newPassword = `nog-geheimer-${randomUUID()}`;
    secrets.push(password, newPassword);
    const board = await createBoard(app());
    const created = await admin.post('/api/users', { email: uniqueEmail('bestuur'), name: 'Bestuurder', role: 'board', boardId: board.id, password });
    expect(created.status).toBe(201);
    const userId: string = created.body.id;
    expect(await rowsFor(userId)).toEqual([
      {
        actor_id: adminId,
        actor_role: 'admin',
        entity: 'user',
        entity_id: userId,
        action: 'create',
        changed_fields: ['email', 'name', 'role', 'boardId', 'instituteId', 'password'],
      },
    ]);
    expect((await admin.patch(`/api/users/${userId}`, { name: 'Bestuurder Twee' })).status).toBe(200);
    expect((await admin.patch(`/api/users/${userId}`, { password: newPassword, active: false })).status).toBe(200);
    expect((await rowsFor(userId)).slice(1)).toEqual([
      { actor_id: adminId, actor_role: 'admin', entity: 'user', entity_id: userId, action: 'update', changed_fields: ['name'] },
      { actor_id: adminId, actor_role: 'admin', entity: 'user', entity_id: userId, action: 'update', changed_fields: ['active', 'password'] },
    ]);
  });

  it('login and logout: one row each for the session, by the user', async () => {
    const coach = await createUser(app(), 'coach');
    secrets.push(coach.password);
    const token = await login(app(), coach.email, coach.password);
    const { rows } = await app().db.query(`SELECT entity_id FROM audit_log WHERE actor_id = $1 AND action = 'login' ORDER BY id DESC LIMIT 1`, [coach.id]);
    const sessionId: string = rows[0].entity_id;
    expect((await new HttpClient(app().baseUrl, token).post('/api/auth/logout')).status).toBe(204);
    expect(await rowsFor(sessionId)).toEqual([
      { actor_id: coach.id, actor_role: 'coach', entity: 'session', entity_id: sessionId, action: 'login', changed_fields: [] },
      { actor_id: coach.id, actor_role: 'coach', entity: 'session', entity_id: sessionId, action: 'logout', changed_fields: ['revokedAt'] },
    ]);
  });

  it('refused changes leave no audit row (a failed login is a security event: it leaves one)', async () => {
    const { candidateId } = await apply(app());
    const coach = await createUser(app(), 'coach');
    const before = await totalRows();
    expect((await staff.http.post(`/api/candidates/${candidateId}/withdraw`, { stage: 'qualified' })).status).toBe(400);
    expect((await staff.http.post(`/api/candidates/${candidateId}/reject`, {})).status).toBe(400);
    expect((await coach.http.post(`/api/candidates/${candidateId}/screening`, {})).status).toBe(404);
    expect((await staff.http.post(`/api/candidates/${randomUUID()}/screening`, {})).status).toBe(404);
    expect((await admin.post('/api/users', { email: uniqueEmail(), name: 'X Y', role: 'board', password: 'wachtwoord-lang-1' })).status).toBe(400);
    expect((await admin.patch(`/api/users/${randomUUID()}`, { name: 'Niemand' })).status).toBe(404);
    expect((await new HttpClient(app().baseUrl).post('/api/auth/login', { email: staff.email, password: 'fout-fout-fout' })).status).toBe(401);
    await staff.http.post(`/api/candidates/${candidateId}/withdraw`, {});
    expect((await staff.http.post(`/api/candidates/${candidateId}/screening`, {})).status).toBe(409);
    // The withdrawal, and (issue 10 item 7; before: no row) the failed login.
    expect(await totalRows()).toBe(before + 2);
  });

  // Counts the whole database: the stage changes other modules made (interviews, assessments) too.
  it('every stage change in the database has its audit row, one to one', async () => {
    const { rows } = await app().db.query(
      `SELECT (SELECT count(*)::int FROM candidate_stage_history WHERE from_stage IS NOT NULL) AS changes,
              (SELECT count(*)::int FROM audit_log WHERE entity = 'candidate' AND action = ANY($1::text[])) AS audited,
              (SELECT count(*)::int FROM candidates) AS candidates,
              (SELECT count(*)::int FROM audit_log WHERE entity = 'candidate' AND action = 'apply') AS applied`,
      [Object.keys(STAGE_COMMANDS)],
    );
    expect(rows[0].audited).toBe(rows[0].changes);
    expect(rows[0].applied).toBe(rows[0].candidates);
  });

  describe('GET /api/audit', () => {
    it("lets staff read a candidate's trail, newest first, with the actor's name", async () => {
      const { candidateId } = await apply(app());
      await staff.http.post(`/api/candidates/${candidateId}/screening`, {});
      const trail = await staff.http.get(`/api/audit?entity=candidate&entityId=${candidateId}`);
      expect(trail.status).toBe(200);
      expect(trail.body.items.map((item: { action: string }) => item.action)).toEqual(['screening', 'apply']);
      expect(trail.body.items[0]).toEqual(
        expect.objectContaining({
          entity: 'candidate',
          entityId: candidateId,
          actorId: staff.id,
          actorName: 'Test staff',
          actorRole: 'staff',
          changedFields: ['stage'],
          at: expect.any(String),
        }),
      );
      expect(trail.body.nextCursor).toBeNull();
    });

    it('pages with a cursor and refuses bad parameters by name', async () => {
      const first = await admin.get('/api/audit?limit=2');
      expect(first.body.items).toHaveLength(2);
      const second = await admin.get(`/api/audit?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.status).toBe(200);
      expect(second.body.items[0].id).not.toBe(first.body.items[1].id);
      expect(Number(second.body.items[0].id)).toBeLessThan(Number(first.body.items[1].id));
      expectRefusal(await admin.get('/api/audit?limit=500'), 400, 'limit');
      expectRefusal(await admin.get('/api/audit?cursor=onzin'), 400, 'cursor');
      expectRefusal(await admin.get('/api/audit?actor=iemand'), 400, 'actor');
    });

    it('filters by candidate id, and by name or reference through the candidates module, with name and reference on each row', async () => {
      const lastName = `Auditfilter${randomUUID().slice(0, 8)}`;
      const mine = await apply(app(), { lastName });
      const other = await apply(app());
      await staff.http.post(`/api/candidates/${mine.candidateId}/screening`, {});
      await staff.http.post(`/api/candidates/${other.candidateId}/screening`, {});
      const expected = ['screening', 'apply'];
      for (const query of [`candidateId=${mine.candidateId}`, `q=${mine.reference}`, `q=${lastName.toLowerCase()}`]) {
        const result = await staff.http.get(`/api/audit?${query}`);
        expect(result.status).toBe(200);
        expect(result.body.items.map((item: { entityId: string; action: string }) => [item.entityId, item.action])).toEqual(
          expected.map((action) => [mine.candidateId, action]),
        );
        expect(result.body.items[0].candidate).toEqual({ name: expect.stringContaining(lastName), reference: mine.reference });
      }
      expect((await staff.http.get(`/api/audit?q=geen-kandidaat-${randomUUID()}`)).body).toEqual({ items: [], nextCursor: null });
      expect((await staff.http.get(`/api/audit?candidateId=${other.candidateId}&q=${mine.reference}`)).body.items).toEqual([]);
      const notCandidate = (await admin.get('/api/audit?entity=session&limit=1')).body.items[0];
      expect(notCandidate.candidate).toBeNull();
      expectRefusal(await staff.http.get('/api/audit?candidateId=ZI-2026-00001'), 400, 'candidateId');
    });

    it('filters by the user who acted, with the name of that user', async () => {
      const actor = await createUser(app(), 'staff');
      const { candidateId } = await apply(app());
      await actor.http.post(`/api/candidates/${candidateId}/screening`, {});
      await actor.http.post(`/api/candidates/${candidateId}/reject`, { reason: 'Geen plek' });
      const result = await admin.get(`/api/audit?userId=${actor.id}`);
      expect(result.status).toBe(200);
      // The login of the test user, then the two commands: all by this user, newest first.
      expect(result.body.items.map((item: { action: string }) => item.action)).toEqual(['reject', 'screening', 'login']);
      expect(new Set(result.body.items.map((item: { actorId: string; actorName: string }) => `${item.actorId} ${item.actorName}`))).toEqual(
        new Set([`${actor.id} Test staff`]),
      );
      const actors = await staff.http.get('/api/audit/actors');
      expect(actors.body).toEqual(expect.arrayContaining([{ id: actor.id, name: 'Test staff', role: 'staff' }]));
      expectRefusal(await admin.get('/api/audit?userId=iemand'), 400, 'userId');
    });

    it('filters by period in Amsterdam days, both ends included', async () => {
      const { candidateId } = await apply(app());
      await staff.http.post(`/api/candidates/${candidateId}/screening`, {});
      // 23:30 on 31 January and 00:30 on 1 February in Amsterdam (UTC+1): the same UTC day.
      await app().db.query(`UPDATE audit_log SET at = '2025-01-31T22:30:00Z' WHERE entity_id = $1 AND action = 'screening'`, [candidateId]);
      await app().db.query(`UPDATE audit_log SET at = '2025-01-31T23:30:00Z' WHERE entity_id = $1 AND action = 'apply'`, [candidateId]);
      const actions = async (query: string) =>
        (await staff.http.get(`/api/audit?candidateId=${candidateId}&${query}`)).body.items.map((item: { action: string }) => item.action);
      expect(await actions('from=2025-02-01&to=2025-02-01')).toEqual(['apply']);
      expect(await actions('to=2025-01-31')).toEqual(['screening']);
      expect(await actions('from=2025-01-31')).toEqual(['screening', 'apply']);
      expect(await actions('from=2025-02-02')).toEqual([]);
    });

    it('refuses bad dates and a period that ends before it starts, naming the field', async () => {
      for (const bad of ['2025-02-30', '2025-2-1', '01-02-2025', '2025-02-01T00:00', '2025-02-01%20', 'gisteren']) {
        expectRefusal(await staff.http.get(`/api/audit?from=${bad}`), 400, 'from');
        expectRefusal(await staff.http.get(`/api/audit?to=${bad}`), 400, 'to');
      }
      expectRefusal(await staff.http.get('/api/audit?from=2025-03-02&to=2025-03-01'), 400, 'to');
      expect((await staff.http.get('/api/audit?from=2025-03-01&to=2025-03-01')).status).toBe(200);
    });

    it('pages through a filtered trail without gaps or repeats, newest first', async () => {
      const { candidateId } = await apply(app());
      for (const command of ['screening', 'withdraw'])
        await staff.http.post(`/api/candidates/${candidateId}/${command}`, command === 'withdraw' ? { reason: 'x' } : {});
      const documentId: string = (await admin.get(`/api/candidates/${candidateId}`)).body.documents[0].id;
      expect((await admin.get(`/api/candidates/${candidateId}/documents/${documentId}`)).status).toBe(200);
      const all = (await staff.http.get(`/api/audit?candidateId=${candidateId}`)).body.items.map((item: { id: string }) => item.id);
      expect(all.length).toBeGreaterThanOrEqual(3);
      const paged: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const result: { body: { items: { id: string }[]; nextCursor: string | null } } = await staff.http.get(
          `/api/audit?candidateId=${candidateId}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        paged.push(...result.body.items.map((item) => item.id));
        cursor = result.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(paged).toEqual(all);
      expect(pages).toBe(all.length);
      expect([...paged].sort((a, b) => Number(b) - Number(a))).toEqual(paged);
    });

    it('answers 404 to coach, board and institute users', async () => {
      const board = await createBoard(app());
      for (const user of [await createUser(app(), 'coach'), await createUser(app(), 'board', { boardId: board.id })]) {
        expectRefusal(await user.http.get('/api/audit?entity=candidate'), 404);
        expectRefusal(await user.http.get('/api/audit/actors'), 404);
      }
      expectRefusal(await new HttpClient(app().baseUrl).get('/api/audit'), 401);
    });
  });

  it('never holds passwords or document contents', async () => {
    const { rows } = await app().db.query(`SELECT string_agg(a::text, E'\\n') AS text FROM audit_log a`);
    const text: string = rows[0].text;
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const marker of ['%PDF', 'Content_Types', 'word/document', '$argon2']) expect(text).not.toContain(marker);
  });
});
