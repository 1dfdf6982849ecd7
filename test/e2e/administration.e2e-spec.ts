import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, type Role } from '@app/shared';
import { LastAdministratorError, UsersService } from '@app/accounts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { createBoard, createInstitute, createUser, login, uniqueEmail } from '../support/factories';
import { expectRefusal } from '../support/expectations';

describe('administration: users and organisations', () => {
  const app = useTestApp({ worker: false });
  let admin: HttpClient;

  beforeAll(async () => {
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  const newUser = (role: Role, affiliation: Record<string, string> = {}) => ({
    email: uniqueEmail(role),
    name: `Nieuwe ${role}`,
    role,
    password: `wachtwoord-${randomUUID()}`,
    ...affiliation,
  });
  const auditFields = async (entityId: string) =>
    (await app().db.query(`SELECT changed_fields FROM audit_log WHERE entity_id = $1 AND action = 'update' ORDER BY id`, [entityId])).rows.map(
      (row: { changed_fields: string[] }) => row.changed_fields,
    );
  /** Every administrator but the given ones inactive, straight in the database (the test arranges, the API decides). */
  const onlyActiveAdministrators = async (ids: string[]) => app().db.query(`UPDATE users SET active = (id = ANY($1::uuid[])) WHERE role = 'admin'`, [ids]);

  describe('the last active administrator', () => {
    it('cannot be deactivated or demoted (409 explained); with another admin active, an admin can be', async () => {
      const me = (await admin.get('/api/me')).body as { id: string };
      await onlyActiveAdministrators([me.id]);
      const deactivate = await admin.patch(`/api/users/${me.id}`, { active: false });
      expectRefusal(deactivate, 409, 'active');
      expect(deactivate.body.message).toContain('laatste actieve beheerder');
      expectRefusal(await admin.patch(`/api/users/${me.id}`, { role: 'staff' }), 409, 'role');
      const { rows } = await app().db.query(`SELECT role, active FROM users WHERE id = $1`, [me.id]);
      expect(rows[0]).toEqual({ role: 'admin', active: true });

      const second = await admin.post('/api/users', newUser('admin'));
      expect(second.status).toBe(201);
      const demoted = await admin.patch(`/api/users/${second.body.id}`, { role: 'staff' });
      expect(demoted.status).toBe(200);
      expect(demoted.body).toEqual(expect.objectContaining({ role: 'staff', active: true }));
      expect(await auditFields(second.body.id)).toEqual([['role']]);
    });

    it('holds under concurrency: of two admins demoted at the same time, exactly one is', async () => {
      // A count-then-write guard (count the other active admins, then update) lets both demotions
      // through: each transaction counts the other admin as still active. The guard locks first.
      const users = app().api.get(UsersService);
      const me = (await admin.get('/api/me')).body as { id: string };
      try {
        for (let round = 0; round < 5; round++) {
          const [first, second] = await Promise.all([users.create(SYSTEM_ACTOR, newUser('admin')), users.create(SYSTEM_ACTOR, newUser('admin'))]);
          await onlyActiveAdministrators([first.id, second.id]);
          const results = await Promise.allSettled([
            users.update(SYSTEM_ACTOR, first.id, { role: 'staff' }),
            round % 2 === 0 ? users.update(SYSTEM_ACTOR, second.id, { role: 'coach' }) : users.update(SYSTEM_ACTOR, second.id, { active: false }),
          ]);
          expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
          const refused = results.find((result) => result.status === 'rejected');
          expect(refused?.reason).toBeInstanceOf(LastAdministratorError);
          const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM users WHERE role = 'admin' AND active`);
          expect(rows[0].count).toBe(1);
        }
      } finally {
        await app().db.query(`UPDATE users SET active = true WHERE id = $1`, [me.id]);
      }
    });
  });

  it("edits a user's name, role and organisation (audited); a role without its organisation is refused", async () => {
    const board = await createBoard(app());
    const institute = await createInstitute(app());
    const staff = await createUser(app(), 'staff');
    expectRefusal(await admin.patch(`/api/users/${staff.id}`, { role: 'board' }), 400, 'boardId');
    expectRefusal(await admin.patch(`/api/users/${staff.id}`, { role: 'superuser' }), 400, 'role');
    const renamed = await admin.patch(`/api/users/${staff.id}`, { name: 'Anne Jansen', role: 'board', boardId: board.id });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual(expect.objectContaining({ name: 'Anne Jansen', role: 'board', boardId: board.id, instituteId: null }));
    const moved = await admin.patch(`/api/users/${staff.id}`, { role: 'institute', instituteId: institute.id });
    expect(moved.body).toEqual(expect.objectContaining({ role: 'institute', boardId: null, instituteId: institute.id }));
    expect(await auditFields(staff.id)).toEqual([
      ['name', 'role', 'boardId'],
      ['role', 'boardId', 'instituteId'],
    ]);
    // A change of role ends the user's sessions: the new rights apply from the next login.
    expectRefusal(await staff.http.get('/api/me'), 401);
  });

  it('creates institute users; the list shows each user with their board or institute', async () => {
    const institute = await createInstitute(app());
    expectRefusal(await admin.post('/api/users', newUser('institute')), 400, 'instituteId');
    expectRefusal(await admin.post('/api/users', newUser('institute', { instituteId: randomUUID() })), 400, 'instituteId');
    const created = await admin.post('/api/users', newUser('institute', { instituteId: institute.id }));
    expect(created.status).toBe(201);
    const list = await admin.get('/api/users');
    expect(list.body).toContainEqual(expect.objectContaining({ id: created.body.id, role: 'institute', instituteId: institute.id, boardId: null }));
  });

  describe('organisations', () => {
    it('refuse blank or whitespace-only names, naming the field in Dutch', async () => {
      for (const name of ['', '   ', '\u00a0 \u2003']) {
        const board = await admin.post('/api/boards', { name, region: 'almere', joinedAt: '2024-08-01' });
        expectRefusal(board, 400, 'name');
        expect(board.body.fields[0].message).toContain('Naam');
        expectRefusal(await admin.post('/api/institutes', { name }), 400, 'name');
      }
      const existing = await createBoard(app());
      expectRefusal(await admin.patch(`/api/boards/${existing.id}`, { name: '   ' }), 400, 'name');
      const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM boards WHERE btrim(name) = ''`);
      expect(rows[0].count).toBe(0);
    });

    it('are renamed and deactivated (audited); a deactivated one keeps its users but gets no new ones (409)', async () => {
      const board = await createBoard(app());
      const institute = await createInstitute(app());
      const boardUser = await createUser(app(), 'board', { boardId: board.id });
      const renamed = await admin.patch(`/api/boards/${board.id}`, { name: `  Stichting Hernoemd ${randomUUID().slice(0, 6)}  ` });
      expect(renamed.status).toBe(200);
      expect(renamed.body.name).toMatch(/^Stichting Hernoemd \w+$/);
      expect((await admin.patch(`/api/boards/${board.id}`, { active: false })).body).toEqual(expect.objectContaining({ id: board.id, active: false }));
      expect((await admin.patch(`/api/institutes/${institute.id}`, { active: false })).body).toEqual(expect.objectContaining({ active: false }));
      expect(await auditFields(board.id)).toEqual([['name'], ['active']]);

      expectRefusal(await admin.post('/api/users', newUser('board', { boardId: board.id })), 409, 'boardId');
      expectRefusal(await admin.post('/api/users', newUser('institute', { instituteId: institute.id })), 409, 'instituteId');
      const staff = await createUser(app(), 'staff');
      expectRefusal(await admin.patch(`/api/users/${staff.id}`, { role: 'board', boardId: board.id }), 409, 'boardId');
      // History stays: the board, its user and its name in the list.
      expect((await boardUser.http.get('/api/me')).status).toBe(200);
      expect((await admin.get('/api/boards')).body).toContainEqual(expect.objectContaining({ id: board.id, active: false }));
      expectRefusal(await admin.patch(`/api/boards/${randomUUID()}`, { active: false }), 404);
      expectRefusal(await admin.delete(`/api/boards/${board.id}`), 404);
    });
  });
});
