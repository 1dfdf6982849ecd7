import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { apply, createBoard, createInstitute, createUser, login } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { expectTableCoversController, tableCells } from '../support/route-table';
import { DataRequestsController } from '../../apps/api/src/privacy/data-requests.controller';
import { CandidatePrivacyController } from '../../apps/api/src/privacy/candidate-privacy.controller';

type Viewer = 'admin' | 'staff' | 'coach' | 'institute' | 'grantedBoard';
const VIEWERS: Viewer[] = ['admin', 'staff', 'coach', 'institute', 'grantedBoard'];
const DESK: Viewer[] = ['admin', 'staff'];

interface Subject {
  candidateId: string;
  requestId: string;
}

type Send = (client: HttpClient, subject: Subject) => Promise<HttpResult>;

/** Every route of the two privacy controllers: the central desk only; a board that may see the candidate gets 404 too. */
const REQUEST_ROUTES: Record<string, Send> = {
  'GET /api/data-requests': (client) => client.get('/api/data-requests'),
  'POST /api/data-requests': (client, subject) =>
    client.post('/api/data-requests', { candidateId: subject.candidateId, kind: 'inspection', receivedOn: '2026-01-05' }),
  'POST /api/data-requests/:id/extend': (client, subject) =>
    client.post(`/api/data-requests/${subject.requestId}/extend`, { months: 1, reason: 'Meer tijd nodig' }),
  'POST /api/data-requests/:id/complete': (client, subject) => client.post(`/api/data-requests/${subject.requestId}/complete`, {}),
};
const CANDIDATE_ROUTES: Record<string, Send> = {
  'POST /api/candidates/:id/consent/withdraw': (client, subject) => client.post(`/api/candidates/${subject.candidateId}/consent/withdraw`, {}),
  'GET /api/candidates/:id/export': (client, subject) => client.get(`/api/candidates/${subject.candidateId}/export`),
};

describe('R14 access to the data subject requests and the export (R13)', () => {
  const app = useTestApp({ worker: false });
  let clients: Record<Viewer, HttpClient>;

  beforeAll(async () => {
    const [board, institute] = [await createBoard(app()), await createInstitute(app())];
    clients = {
      admin: new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD)),
      staff: (await createUser(app(), 'staff')).http,
      coach: (await createUser(app(), 'coach')).http,
      institute: (await createUser(app(), 'institute', { instituteId: institute.id })).http,
      grantedBoard: (await createUser(app(), 'board', { boardId: board.id })).http,
    };
    boardId = board.id;
  });
  let boardId: string;

  async function newSubject(): Promise<Subject> {
    const { candidateId } = await apply(app(), { consentToKeep: 'true' });
    await app().db.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_at) VALUES ($1, 'board', $2, 'placement', 'dossier', now())`,
      [candidateId, boardId],
    );
    const request = await clients.staff.post('/api/data-requests', { candidateId, kind: 'inspection', receivedOn: '2026-01-05' });
    expect(request.status).toBe(201);
    return { candidateId, requestId: request.body.id };
  }

  it('the tables cover every route of both controllers, and every route in them exists', async () => {
    await expectTableCoversController(REQUEST_ROUTES, DataRequestsController, app().baseUrl);
    await expectTableCoversController(CANDIDATE_ROUTES, CandidatePrivacyController, app().baseUrl);
  });

  const routes = { ...REQUEST_ROUTES, ...CANDIDATE_ROUTES };
  it.each(tableCells(routes, VIEWERS))('%s as %s', async (route, viewer) => {
    const subject = await newSubject();
    const result = await routes[route](clients[viewer], subject);
    if (!DESK.includes(viewer)) {
      expectRefusal(result, 404);
      const { rows } = await app().db.query(
        `SELECT c.consent_to_keep AS consent, r.status, r.extended_by_months AS extended,
                (SELECT count(*)::int FROM audit_log a WHERE a.entity_id = c.id::text AND a.action = 'export') AS exports
         FROM candidates c JOIN data_requests r ON r.candidate_id = c.id WHERE c.id = $1`,
        [subject.candidateId],
      );
      expect(rows).toEqual([{ consent: true, status: 'open', extended: null, exports: 0 }]);
      return;
    }
    expect({ route, viewer, status: result.status }).toEqual({ route, viewer, status: route === 'POST /api/data-requests' ? 201 : 200 });
  });

  it('unknown and malformed ids answer 404, never 500; without a session 401', async () => {
    const subject = await newSubject();
    for (const id of ['geen-uuid', `${randomUUID()}x`, "' OR '1'='1", randomUUID()]) {
      const encoded = encodeURIComponent(id);
      expectRefusal(await clients.staff.post(`/api/data-requests/${encoded}/extend`, { months: 1, reason: 'Meer tijd nodig' }), 404);
      expectRefusal(await clients.staff.post(`/api/data-requests/${encoded}/complete`, {}), 404);
      expectRefusal(await clients.staff.post(`/api/candidates/${encoded}/consent/withdraw`, {}), 404);
      expectRefusal(await clients.staff.get(`/api/candidates/${encoded}/export`), 404);
    }
    const anonymous = new HttpClient(app().baseUrl);
    for (const send of Object.values(routes)) expectRefusal(await send(anonymous, subject), 401);
  });
});
