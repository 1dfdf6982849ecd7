import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { apply, createBoard, createInstitute, createUser, login } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { expectTableCoversController, tableCells } from '../support/route-table';
import { CandidatesController } from '../../apps/api/src/candidates/candidates.controller';

type Viewer = 'admin' | 'staff' | 'coach' | 'institute' | 'grantedBoard' | 'otherBoard';
const VIEWERS: Viewer[] = ['admin', 'staff', 'coach', 'institute', 'grantedBoard', 'otherBoard'];
const DESK: Viewer[] = ['admin', 'staff'];

interface Subject {
  candidateId: string;
  email: string;
  documentId: string;
}

interface RouteCase {
  /** Who gets a 2xx; everyone else gets 404 (R14: nobody learns what exists). */
  allowed: Viewer[];
  send(client: HttpClient, subject: Subject): Promise<HttpResult>;
  /** For list-like routes every role gets 200; this says whether the subject is visible in it. */
  listed?(result: HttpResult, subject: Subject): boolean;
}

/** Every route of CandidatesController, keyed as `METHOD /path` the way Nest registers it. */
const ROUTES: Record<string, RouteCase> = {
  'GET /api/candidates': {
    allowed: VIEWERS,
    send: (client, subject) => client.get(`/api/candidates?q=${encodeURIComponent(subject.email)}`),
    listed: (result, subject) => result.body.items.some((item: { id: string }) => item.id === subject.candidateId),
  },
  'GET /api/candidates/summary': {
    allowed: VIEWERS,
    send: (client) => client.get('/api/candidates/summary'),
    listed: (result) => Object.keys(result.body.counts).length > 0,
  },
  'GET /api/candidates/columns': {
    allowed: VIEWERS,
    send: (client, subject) => client.get(`/api/candidates/columns?q=${encodeURIComponent(subject.email)}`),
    listed: (result, subject) =>
      result.body.columns.some((column: { items: { id: string }[] }) => column.items.some((item) => item.id === subject.candidateId)),
  },
  'GET /api/candidates/:id': { allowed: [...DESK, 'grantedBoard'], send: (client, subject) => client.get(`/api/candidates/${subject.candidateId}`) },
  'GET /api/candidates/:id/history': {
    allowed: [...DESK, 'grantedBoard'],
    send: (client, subject) => client.get(`/api/candidates/${subject.candidateId}/history`),
  },
  'GET /api/candidates/:id/documents/:documentId': {
    allowed: [...DESK, 'grantedBoard'],
    send: (client, subject) => client.get(`/api/candidates/${subject.candidateId}/documents/${subject.documentId}`),
  },
  'POST /api/candidates/:id/screening': { allowed: DESK, send: (client, subject) => client.post(`/api/candidates/${subject.candidateId}/screening`, {}) },
  'POST /api/candidates/:id/reject': {
    allowed: DESK,
    send: (client, subject) => client.post(`/api/candidates/${subject.candidateId}/reject`, { reason: 'Geen plek' }),
  },
  'POST /api/candidates/:id/withdraw': { allowed: DESK, send: (client, subject) => client.post(`/api/candidates/${subject.candidateId}/withdraw`, {}) },
};

describe('R14 access to candidates', () => {
  const app = useTestApp({ worker: false });
  let clients: Record<Viewer, HttpClient>;
  let staff: HttpClient;
  let grantedBoardId: string;

  beforeAll(async () => {
    const [boardA, boardB, institute] = [await createBoard(app()), await createBoard(app(), 'lelystad'), await createInstitute(app())];
    grantedBoardId = boardA.id;
    clients = {
      admin: new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD)),
      staff: (await createUser(app(), 'staff')).http,
      coach: (await createUser(app(), 'coach')).http,
      institute: (await createUser(app(), 'institute', { instituteId: institute.id })).http,
      grantedBoard: (await createUser(app(), 'board', { boardId: boardA.id })).http,
      otherBoard: (await createUser(app(), 'board', { boardId: boardB.id })).http,
    };
    staff = clients.staff;
  });

  async function newSubject(grantTo?: string): Promise<Subject> {
    const { candidateId, email } = await apply(app());
    const { rows } = await app().db.query(`SELECT id FROM candidate_documents WHERE candidate_id = $1 ORDER BY kind LIMIT 1`, [candidateId]);
    if (grantTo) await grant(candidateId, grantTo);
    return { candidateId, email, documentId: rows[0].id };
  }

  async function grant(candidateId: string, boardId: string): Promise<void> {
    await app().db.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_at)
       VALUES ($1, 'board', $2, 'placement', 'dossier', now())`,
      [candidateId, boardId],
    );
  }

  it('the table covers every route of CandidatesController, and every route in it exists', async () => {
    await expectTableCoversController(ROUTES, CandidatesController, app().baseUrl);
  });

  const cells = tableCells(ROUTES, VIEWERS);
  it.each(cells)('%s as %s', async (route, viewer) => {
    const routeCase = ROUTES[route];
    const subject = await newSubject(grantedBoardId);
    const result = await routeCase.send(clients[viewer], subject);
    const allowed = routeCase.allowed.includes(viewer);
    if (!allowed) {
      expectRefusal(result, 404);
      // A refused command changes nothing.
      const { rows } = await app().db.query(`SELECT stage, version FROM candidates WHERE id = $1`, [subject.candidateId]);
      expect(rows[0]).toEqual({ stage: 'applied', version: 1 });
      return;
    }
    expect({ route, viewer, status: result.status }).toEqual({ route, viewer, status: 200 });
    if (routeCase.listed) {
      const seesSubject = DESK.includes(viewer) || viewer === 'grantedBoard';
      expect({ route, viewer, listed: routeCase.listed(result, subject) }).toEqual({ route, viewer, listed: seesSubject });
    }
  });

  it('a board sees a candidate only once it has a grant, another board still gets 404, and a revoked grant hides it again', async () => {
    const subject = await newSubject();
    const { grantedBoard, otherBoard } = clients;
    expectRefusal(await grantedBoard.get(`/api/candidates/${subject.candidateId}`), 404);
    await grant(subject.candidateId, grantedBoardId);
    const detail = await grantedBoard.get(`/api/candidates/${subject.candidateId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toEqual(expect.objectContaining({ id: subject.candidateId, allowedCommands: [], disclosures: [] }));
    expect((await grantedBoard.get(`/api/candidates/${subject.candidateId}/documents/${subject.documentId}`)).status).toBe(200);
    expectRefusal(await otherBoard.get(`/api/candidates/${subject.candidateId}`), 404);
    expectRefusal(await otherBoard.get(`/api/candidates/${subject.candidateId}/documents/${subject.documentId}`), 404);
    await app().db.query(`UPDATE candidate_access_grants SET revoked_at = now() WHERE candidate_id = $1`, [subject.candidateId]);
    expectRefusal(await grantedBoard.get(`/api/candidates/${subject.candidateId}`), 404);
  });

  it('a grant to a board does not open the candidate to a coach or institute with the same id', async () => {
    const subject = await newSubject();
    const coach = await createUser(app(), 'coach');
    await app().db.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_at) VALUES ($1, 'board', $2, 'x', 'x', now())`,
      [subject.candidateId, coach.id],
    );
    expectRefusal(await coach.http.get(`/api/candidates/${subject.candidateId}`), 404);
    await app().db.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_at) VALUES ($1, 'coach', $2, 'programme', 'dossier', now())`,
      [subject.candidateId, coach.id],
    );
    expect((await coach.http.get(`/api/candidates/${subject.candidateId}`)).status).toBe(200);
  });

  it('an unknown and a malformed id answer 404, never 500', async () => {
    const subject = await newSubject();
    const badIds = ['geen-uuid', '1', `${randomUUID()}x`, "' OR '1'='1", '%00', 'x'.repeat(150), randomUUID()];
    for (const id of badIds) {
      const encoded = encodeURIComponent(id);
      expectRefusal(await staff.get(`/api/candidates/${encoded}`), 404);
      expectRefusal(await staff.get(`/api/candidates/${encoded}/history`), 404);
      expectRefusal(await staff.get(`/api/candidates/${encoded}/documents/${subject.documentId}`), 404);
      expectRefusal(await staff.get(`/api/candidates/${subject.candidateId}/documents/${encoded}`), 404);
      expectRefusal(await staff.post(`/api/candidates/${encoded}/screening`, {}), 404);
      expectRefusal(await staff.post(`/api/candidates/${encoded}/reject`, { reason: 'Geen plek' }), 404);
      expectRefusal(await staff.post(`/api/candidates/${encoded}/withdraw`, {}), 404);
      expectRefusal(await clients.coach.get(`/api/candidates/${encoded}`), 404);
    }
  });

  it('without a session every route answers 401', async () => {
    const subject = await newSubject();
    const anonymous = new HttpClient(app().baseUrl);
    for (const routeCase of Object.values(ROUTES)) expectRefusal(await routeCase.send(anonymous, subject), 401);
  });
});
