import { RouteReader } from '@app/routes';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { applicationFields, applicationForm, apply, createBoard, createUser, login, openDossierOf, type TestUser } from '../support/factories';
import { expectRefusal, filesUnder } from '../support/expectations';
import { expectTableCoversController, tableCells } from '../support/route-table';
import { RoutesController } from '../../apps/api/src/routes/routes.controller';
import { CandidateRouteController } from '../../apps/api/src/routes/candidate-route.controller';

const HIGHER = ['hbo_bachelor', 'hbo_master', 'wo_bachelor', 'wo_master'];
const AD_PEP_NAME = 'Associate degree Pedagogisch Educatief Professional (Ad PEP)';
const RECEIVED = { status: 'received', message: 'Bedankt voor je aanmelding. Je ontvangt binnen enkele minuten een e-mail met je aanmeldnummer.' };

describe('routes as data, and eligibility by route (R1)', () => {
  const app = useTestApp({ worker: false });
  let anonymous: HttpClient;
  let admin: HttpClient;
  let staff: TestUser;

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
    staff = await createUser(app(), 'staff');
  });

  async function candidatesWithEmail(email: string): Promise<number> {
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM candidates WHERE lower(email) = lower($1)`, [email]);
    return rows[0].count;
  }

  async function applyFor(overrides: Record<string, string>): Promise<{ result: HttpResult; email: string }> {
    const fields = applicationFields(overrides);
    return { result: await anonymous.postForm('/api/applications', applicationForm({ ...fields })), email: fields.email };
  }

  describe('the seeded routes', () => {
    it('are the six routes of 24 months, zij-instroom first; ad_pep also accepts mbo level 4, havo and vwo', async () => {
      const listed = await staff.http.get('/api/routes');
      expect(listed.status).toBe(200);
      expect(listed.body.map((route: { code: string }) => route.code)).toEqual([
        'zij_instroom',
        'versneld_voor_de_klas',
        'ad_pep',
        'duaal',
        'mijlpalen',
        'maatwerk',
      ]);
      for (const route of listed.body) {
        expect({ code: route.code, durationMonths: route.durationMonths, active: route.active }).toEqual({
          code: route.code,
          durationMonths: 24,
          active: true,
        });
        expect(route.degreeLevels).toEqual(expect.arrayContaining(HIGHER));
        if (route.code !== 'ad_pep') expect({ code: route.code, degreeLevels: route.degreeLevels }).toEqual({ code: route.code, degreeLevels: HIGHER });
      }
      expect(listed.body.find((route: { code: string }) => route.code === 'ad_pep')).toEqual({
        code: 'ad_pep',
        name: AD_PEP_NAME,
        durationMonths: 24,
        assessmentRequired: false,
        degreeLevels: [...HIGHER, 'associate_degree', 'mbo', 'havo', 'vwo'],
        active: true,
      });
    });

    it('the public form reads the active routes and the contact details without logging in', async () => {
      const options = await anonymous.get('/api/applications/form-options');
      expect(options.status).toBe(200);
      expect(options.body.routes[0]).toEqual({ code: 'zij_instroom', name: 'Zij-instroom', degreeLevels: HIGHER });
      expect(options.body.routes).toHaveLength(6);
      expect(options.body.contact).toEqual(app().config.contact);
    });

    it('other modules read a route through RouteReader: its duration and whether it needs a suitability assessment', async () => {
      const reader = app().api.get(RouteReader);
      expect(await reader.get('zij_instroom')).toEqual(expect.objectContaining({ durationMonths: 24, assessmentRequired: true }));
      expect(await reader.get('ad_pep')).toEqual(expect.objectContaining({ durationMonths: 24, assessmentRequired: false }));
      expect(await reader.get('bestaat_niet')).toBeNull();
    });
  });

  describe('R1 on the public form', () => {
    it('refuses mbo for zij_instroom with 422 naming the routes that fit, keeping nothing; accepts it for ad_pep and keeps the route', async () => {
      const before = await filesUnder(app().storageDirectory);
      const refused = await applyFor({ degreeLevel: 'mbo', route: 'zij_instroom' });
      expectRefusal(refused.result, 422, 'degreeLevel');
      expect(refused.result.body.message).toContain(`Met je opleiding (mbo niveau 4) kun je je wel aanmelden voor: ${AD_PEP_NAME}.`);
      expect(refused.result.body.fields).toEqual([{ field: 'degreeLevel', message: expect.stringContaining(AD_PEP_NAME) }]);
      expect(await candidatesWithEmail(refused.email)).toBe(0);
      expect(await filesUnder(app().storageDirectory)).toEqual(before);
      // Without a route the form applies for zij-instroom.
      const withoutRoute = await applyFor({ degreeLevel: 'mbo' });
      expectRefusal(withoutRoute.result, 422, 'degreeLevel');

      const accepted = await applyFor({ degreeLevel: 'mbo', route: 'ad_pep' });
      expect([accepted.result.status, accepted.result.body]).toEqual([202, RECEIVED]);
      const dossier = await openDossierOf(app(), accepted.email);
      const { rows } = await app().db.query(`SELECT route, degree_level FROM candidates WHERE id = $1`, [dossier?.candidateId]);
      expect(rows[0]).toEqual({ route: 'ad_pep', degree_level: 'mbo' });
      const detail = await staff.http.get(`/api/candidates/${dossier?.candidateId}`);
      expect(detail.body.route).toBe('ad_pep');
    });

    it.each(['havo', 'vwo', 'associate_degree'])('accepts %s for ad_pep, and refuses it for the other routes', async (degreeLevel) => {
      expect((await applyFor({ degreeLevel, route: 'ad_pep' })).result.status).toBe(202);
      for (const route of ['versneld_voor_de_klas', 'duaal', 'mijlpalen', 'maatwerk']) {
        expectRefusal((await applyFor({ degreeLevel, route })).result, 422, 'degreeLevel');
      }
    });

    it('refuses a level no route accepts, pointing elsewhere', async () => {
      const { result } = await applyFor({ degreeLevel: 'other', route: 'ad_pep' });
      expectRefusal(result, 422, 'degreeLevel');
      expect(result.body.message).toMatch(/Geen van onze routes past bij je opleiding.*pabo/);
    });

    it('refuses an unknown route by name with 400, keeping nothing', async () => {
      for (const route of ['bestaat_niet', 'Zij_Instroom', 'x'.repeat(50), '']) {
        const { result, email } = await applyFor({ route });
        expectRefusal(result, 400, 'route');
        expect(await candidatesWithEmail(email)).toBe(0);
      }
    });
  });

  describe('admins manage routes', () => {
    it('create, edit, deactivate (never delete); the code stays; a deactivated route is offered to no one new', async () => {
      const created = await admin.post('/api/routes', {
        code: 'proef_route',
        name: 'Proefroute',
        durationMonths: 18,
        assessmentRequired: false,
        degreeLevels: ['mbo'],
      });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        code: 'proef_route',
        name: 'Proefroute',
        durationMonths: 18,
        assessmentRequired: false,
        degreeLevels: ['mbo'],
        active: true,
      });
      expectRefusal(await admin.post('/api/routes', { ...created.body, active: undefined, name: 'Andere naam' }), 400, 'code');
      expectRefusal(
        await admin.post('/api/routes', { code: 'andere_code', name: 'proefroute', durationMonths: 12, assessmentRequired: true, degreeLevels: ['mbo'] }),
        400,
        'name',
      );
      expectRefusal(
        await admin.post('/api/routes', { code: 'Met Spatie', name: 'X route', durationMonths: 12, assessmentRequired: true, degreeLevels: ['mbo'] }),
        400,
        'code',
      );
      expectRefusal(
        await admin.post('/api/routes', { code: 'nul_maanden', name: 'Nul', durationMonths: 0, assessmentRequired: true, degreeLevels: ['mbo'] }),
        400,
        'durationMonths',
      );
      expectRefusal(
        await admin.post('/api/routes', { code: 'geen_niveau', name: 'Geen', durationMonths: 12, assessmentRequired: true, degreeLevels: [] }),
        400,
        'degreeLevels',
      );
      expectRefusal(
        await admin.post('/api/routes', { code: 'fout_niveau', name: 'Fout', durationMonths: 12, assessmentRequired: true, degreeLevels: ['phd'] }),
        400,
        'degreeLevels',
      );

      const edited = await admin.patch('/api/routes/proef_route', {
        name: 'Proefroute 2',
        durationMonths: 30,
        assessmentRequired: true,
        degreeLevels: ['mbo', 'havo'],
      });
      expect(edited.body).toEqual({
        code: 'proef_route',
        name: 'Proefroute 2',
        durationMonths: 30,
        assessmentRequired: true,
        degreeLevels: ['mbo', 'havo'],
        active: true,
      });
      // The code is not a field of an edit.
      expectRefusal(await admin.patch('/api/routes/proef_route', { code: 'nieuwe_code' }), 400, 'code');
      expectRefusal(await admin.patch('/api/routes/bestaat_niet', { name: 'Niets' }), 404);
      expect((await applyFor({ degreeLevel: 'havo', route: 'proef_route' })).result.status).toBe(202);

      const deactivated = await admin.patch('/api/routes/proef_route', { active: false });
      expect(deactivated.body.active).toBe(false);
      expect((await anonymous.get('/api/applications/form-options')).body.routes.map((route: { code: string }) => route.code)).not.toContain('proef_route');
      expectRefusal((await applyFor({ degreeLevel: 'havo', route: 'proef_route' })).result, 400, 'route');
      expect((await admin.get('/api/routes')).body.find((route: { code: string }) => route.code === 'proef_route')).toEqual(
        expect.objectContaining({ active: false }),
      );
      expect((await admin.patch('/api/routes/proef_route', { active: true })).body.active).toBe(true);

      const { rows } = await app().db.query(`SELECT action, changed_fields FROM audit_log WHERE entity = 'route' AND entity_id = 'proef_route' ORDER BY id`);
      expect(rows).toEqual([
        { action: 'create', changed_fields: ['code', 'name', 'durationMonths', 'assessmentRequired', 'degreeLevels'] },
        { action: 'update', changed_fields: ['name', 'durationMonths', 'assessmentRequired', 'degreeLevels'] },
        { action: 'update', changed_fields: ['active'] },
        { action: 'update', changed_fields: ['active'] },
      ]);
    });
  });

  describe("the desk changes a candidate's route", () => {
    it('with If-Match: a new version, audited; a stale version 412; a route that does not fit 422 naming the routes that do; a closed dossier 409', async () => {
      const candidate = await apply(app(), { degreeLevel: 'wo_master' });
      const first = await staff.http.get(`/api/candidates/${candidate.candidateId}`);
      expect(first.body.route).toBe('zij_instroom');
      const etag = first.headers.get('etag') as string;

      const changed = await staff.http.put(`/api/candidates/${candidate.candidateId}/route`, { route: 'duaal' }, { 'if-match': etag });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual(expect.objectContaining({ route: 'duaal', version: first.body.version + 1 }));
      expect(changed.headers.get('etag')).toBe(`"${first.body.version + 1}"`);
      expectRefusal(await staff.http.put(`/api/candidates/${candidate.candidateId}/route`, { route: 'ad_pep' }, { 'if-match': etag }), 412);
      expectRefusal(await staff.http.put(`/api/candidates/${candidate.candidateId}/route`, { route: 'bestaat_niet' }), 400, 'route');
      const { rows: audit } = await app().db.query(
        `SELECT action, changed_fields FROM audit_log WHERE entity = 'candidate' AND entity_id = $1 AND action = 'change_route'`,
        [candidate.candidateId],
      );
      expect(audit).toEqual([{ action: 'change_route', changed_fields: ['route'] }]);

      const fromMbo = await apply(app(), { degreeLevel: 'mbo', route: 'ad_pep' });
      const refused = await staff.http.put(`/api/candidates/${fromMbo.candidateId}/route`, { route: 'zij_instroom' });
      expectRefusal(refused, 422, 'route');
      expect(refused.body.message).toMatch(/^Zij-instroom past niet bij de opleiding van de kandidaat \(mbo niveau 4\)\. Routes die wel passen: /);
      expect(refused.body.message).toContain(AD_PEP_NAME);
      expect(refused.body.message).not.toContain('Zij-instroom,');

      expect((await staff.http.post(`/api/candidates/${candidate.candidateId}/reject`, { reason: 'Geen plek' })).status).toBe(200);
      expectRefusal(await staff.http.put(`/api/candidates/${candidate.candidateId}/route`, { route: 'zij_instroom' }), 409, 'route');
      const { rows } = await app().db.query(`SELECT route FROM candidates WHERE id = $1`, [candidate.candidateId]);
      expect(rows[0].route).toBe('duaal');
    });
  });

  describe('access', () => {
    type Viewer = 'anonymous' | 'admin' | 'staff' | 'coach' | 'board';
    const VIEWERS: Viewer[] = ['anonymous', 'admin', 'staff', 'coach', 'board'];
    let clients: Record<Viewer, HttpClient>;
    const TABLE: Record<string, { allowed: Viewer[]; status: number; send: (client: HttpClient, candidateId: string) => Promise<HttpResult> }> = {
      'GET /api/routes': { allowed: ['admin', 'staff', 'coach', 'board'], status: 200, send: (client) => client.get('/api/routes') },
      'POST /api/routes': {
        allowed: ['admin'],
        status: 201,
        send: (client) =>
          client.post('/api/routes', {
            code: `r_${Math.random().toString(36).slice(2, 10)}`,
            name: `Route ${Math.random()}`,
            durationMonths: 24,
            assessmentRequired: true,
            degreeLevels: HIGHER,
          }),
      },
      'PATCH /api/routes/:code': { allowed: ['admin'], status: 200, send: (client) => client.patch('/api/routes/maatwerk', { durationMonths: 24 }) },
    };
    const CANDIDATE_TABLE: typeof TABLE = {
      'PUT /api/candidates/:id/route': {
        allowed: ['admin', 'staff'],
        status: 200,
        send: (client, candidateId) => client.put(`/api/candidates/${candidateId}/route`, { route: 'duaal' }),
      },
    };

    beforeAll(async () => {
      const board = await createBoard(app());
      clients = {
        anonymous,
        admin,
        staff: staff.http,
        coach: (await createUser(app(), 'coach')).http,
        board: (await createUser(app(), 'board', { boardId: board.id })).http,
      };
    });

    it('the tables cover every route of both controllers', async () => {
      await expectTableCoversController(TABLE, RoutesController, app().baseUrl);
      await expectTableCoversController(CANDIDATE_TABLE, CandidateRouteController, app().baseUrl);
    });

    it.each(tableCells({ ...TABLE, ...CANDIDATE_TABLE }, VIEWERS))('%s as %s', async (route, viewer) => {
      const routeCase = { ...TABLE, ...CANDIDATE_TABLE }[route];
      const { candidateId } = await apply(app());
      const result = await routeCase.send(clients[viewer], candidateId);
      if (viewer === 'anonymous') return expectRefusal(result, 401);
      if (!routeCase.allowed.includes(viewer)) {
        expectRefusal(result, 404);
        const { rows } = await app().db.query(`SELECT route, version FROM candidates WHERE id = $1`, [candidateId]);
        expect(rows[0]).toEqual({ route: 'zij_instroom', version: 1 });
        return;
      }
      expect({ route, viewer, status: result.status }).toEqual({ route, viewer, status: routeCase.status });
    });
  });
});
