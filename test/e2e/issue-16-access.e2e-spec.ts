import { useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { apply, createBoard, createInstitute, createUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { expectTableCoversController, tableCells } from '../support/route-table';
import { SourcesController } from '../../apps/api/src/sources/sources.controller';
import { MailTemplatesController } from '../../apps/api/src/mail-templates/mail-templates.controller';
import { PortalController } from '../../apps/api/src/portal/portal.controller';

const VIEWERS = ['anonymous', 'admin', 'staff', 'coach', 'board', 'institute'] as const;
type Viewer = (typeof VIEWERS)[number];

interface RouteCase {
  send: (client: HttpClient) => Promise<HttpResult>;
  /** The staff roles that may use it; the others get 404 (R14). */
  allowed: readonly Viewer[];
  status: number;
}

const EVERY_ROLE: readonly Viewer[] = ['admin', 'staff', 'coach', 'board', 'institute'];
const TEXT = { subject: 'Ontvangen ({referentie})', body: 'Beste {voornaam},' };

/** Sources: what each role may do (issue 16, item 4). */
const SOURCE_TABLE: Record<string, RouteCase> = {
  'GET /api/sources': { send: (client) => client.get('/api/sources'), allowed: EVERY_ROLE, status: 200 },
  'POST /api/sources': {
    send: (client) => client.post('/api/sources', { code: `bron_${Math.random().toString(36).slice(2, 10)}`, label: `Bron ${Math.random()}` }),
    allowed: ['admin'],
    status: 201,
  },
  'PATCH /api/sources/:code': { send: (client) => client.patch('/api/sources/bekende', { label: 'Iemand die ik ken' }), allowed: ['admin'], status: 200 },
};

/** Mail templates: administrators only (issue 16, item 5). */
const TEMPLATE_TABLE: Record<string, RouteCase> = {
  'GET /api/mail-templates': { send: (client) => client.get('/api/mail-templates'), allowed: ['admin'], status: 200 },
  'GET /api/mail-templates/:kind': { send: (client) => client.get('/api/mail-templates/candidate_rejection'), allowed: ['admin'], status: 200 },
  'PUT /api/mail-templates/:kind': { send: (client) => client.put('/api/mail-templates/candidate_rejection', TEXT), allowed: ['admin'], status: 200 },
  'DELETE /api/mail-templates/:kind': { send: (client) => client.delete('/api/mail-templates/candidate_rejection'), allowed: ['admin'], status: 200 },
  'POST /api/mail-templates/:kind/preview': {
    send: (client) => client.post('/api/mail-templates/candidate_rejection/preview', TEXT),
    allowed: ['admin'],
    status: 200,
  },
};

/** The candidate's page: public to the staff guard; a staff session is no candidate session (401). */
const PORTAL_TABLE: Record<string, { send: (client: HttpClient) => Promise<HttpResult>; status: number; field?: string }> = {
  'POST /api/portal/sign-in-link': { send: (client) => client.post('/api/portal/sign-in-link', { email: 'niemand@example.nl' }), status: 202 },
  'POST /api/portal/sign-in': { send: (client) => client.post('/api/portal/sign-in', { token: 'geen-geldige-link' }), status: 400, field: 'token' },
  'POST /api/portal/sign-out': { send: (client) => client.post('/api/portal/sign-out'), status: 401 },
  'GET /api/portal/application': { send: (client) => client.get('/api/portal/application'), status: 401 },
  'POST /api/portal/application/withdraw': { send: (client) => client.post('/api/portal/application/withdraw'), status: 401 },
  'PUT /api/portal/application/consent': { send: (client) => client.put('/api/portal/application/consent', { consent: true }), status: 401 },
  'POST /api/portal/application/data-requests': { send: (client) => client.post('/api/portal/application/data-requests', { kind: 'erasure' }), status: 401 },
};

describe('issue 16 access: sources, mail templates and the candidate’s page by role (R14)', () => {
  const app = useTestApp({ worker: false });
  let clients: Record<Viewer, HttpClient>;

  beforeAll(async () => {
    const board = await createBoard(app());
    clients = {
      anonymous: new HttpClient(app().baseUrl),
      admin: (await createUser(app(), 'admin')).http,
      staff: (await createUser(app(), 'staff')).http,
      coach: (await createUser(app(), 'coach')).http,
      board: (await createUser(app(), 'board', { boardId: board.id })).http,
      institute: (await createUser(app(), 'institute', { instituteId: (await createInstitute(app())).id })).http,
    };
  });

  it('the tables cover every route of the three controllers, and the OpenAPI document lists them', async () => {
    await expectTableCoversController(SOURCE_TABLE, SourcesController, app().baseUrl);
    await expectTableCoversController(TEMPLATE_TABLE, MailTemplatesController, app().baseUrl);
    await expectTableCoversController(PORTAL_TABLE, PortalController, app().baseUrl);
  });

  const STAFF_TABLE = { ...SOURCE_TABLE, ...TEMPLATE_TABLE };

  it.each(tableCells(STAFF_TABLE, VIEWERS))('%s as %s', async (route, viewer) => {
    const routeCase = STAFF_TABLE[route];
    const result = await routeCase.send(clients[viewer]);
    if (viewer === 'anonymous') return expectRefusal(result, 401);
    if (!routeCase.allowed.includes(viewer)) return expectRefusal(result, 404);
    expect({ route, viewer, status: result.status }).toEqual({ route, viewer, status: routeCase.status });
  });

  it.each(tableCells(PORTAL_TABLE, VIEWERS))('%s as %s: no staff session opens a candidate’s page', async (route, viewer) => {
    await apply(app());
    const routeCase = PORTAL_TABLE[route];
    const result = await routeCase.send(clients[viewer]);
    expect({ route, viewer, status: result.status }).toEqual({ route, viewer, status: routeCase.status });
    if (routeCase.field) expectRefusal(result, routeCase.status, routeCase.field);
  });
});
