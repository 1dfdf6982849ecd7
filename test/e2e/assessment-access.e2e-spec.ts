import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { createBoard, createInstitute, createUser, login } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { expectTableCoversController, tableCells } from '../support/route-table';
import { amsterdamDate, candidateWithPassedInterview } from '../support/assessment-fixtures';
import { AssessmentController } from '../../apps/api/src/assessment/assessment.controller';

type Viewer = 'admin' | 'staff' | 'coach' | 'ownInstitute' | 'otherInstitute' | 'ownBoard' | 'otherBoard';
const VIEWERS: Viewer[] = ['admin', 'staff', 'coach', 'ownInstitute', 'otherInstitute', 'ownBoard', 'otherBoard'];
const DESK: Viewer[] = ['admin', 'staff'];

interface Subject {
  candidateId: string;
  /** Present when the route needs an assessment that exists already. */
  assessmentId: string;
}

interface RouteCase {
  /** Who gets a 2xx; everyone else gets 404 (R14: nobody learns what exists). */
  allowed: Viewer[];
  /** Whether the route needs a requested assessment (otherwise a candidate in interview_passed). */
  needsAssessment: boolean;
  send(client: HttpClient, subject: Subject, context: { boardId: string; instituteId: string; today: string }): Promise<HttpResult>;
  /** For list routes: whether the subject shows in the answer, per viewer. */
  listedFor?: Viewer[];
}

/** Every route of AssessmentController, keyed as `METHOD /path` the way Nest registers it. */
const ROUTES: Record<string, RouteCase> = {
  'POST /api/candidates/:id/assessments': {
    allowed: [...DESK, 'ownBoard'],
    needsAssessment: false,
    send: (client, subject, context) =>
      client.post(`/api/candidates/${subject.candidateId}/assessments`, {
        boardId: context.boardId,
        instituteId: context.instituteId,
        requestedOn: context.today,
      }),
  },
  'GET /api/candidates/:id/assessments': {
    allowed: [...DESK, 'ownInstitute', 'ownBoard'],
    needsAssessment: true,
    send: (client, subject) => client.get(`/api/candidates/${subject.candidateId}/assessments`),
  },
  'GET /api/assessments': {
    allowed: [...DESK, 'ownInstitute', 'otherInstitute', 'ownBoard', 'otherBoard'],
    needsAssessment: true,
    send: (client) => client.get('/api/assessments?status=requested'),
    listedFor: [...DESK, 'ownInstitute', 'ownBoard'],
  },
  'POST /api/assessments/:id/outcome': {
    allowed: [...DESK, 'ownInstitute'],
    needsAssessment: true,
    send: (client, subject, context) => client.post(`/api/assessments/${subject.assessmentId}/outcome`, { outcome: 'not_suitable', decidedOn: context.today }),
  },
};

describe('R14 access to suitability assessments', () => {
  const app = useTestApp({ worker: false });
  let clients: Record<Viewer, HttpClient>;
  let context: { boardId: string; instituteId: string; today: string };

  beforeAll(async () => {
    const [ownBoard, otherBoard, ownInstitute, otherInstitute] = [
      await createBoard(app()),
      await createBoard(app()),
      await createInstitute(app()),
      await createInstitute(app()),
    ];
    context = { boardId: ownBoard.id, instituteId: ownInstitute.id, today: amsterdamDate(new Date()) };
    clients = {
      admin: new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD)),
      staff: (await createUser(app(), 'staff')).http,
      coach: (await createUser(app(), 'coach')).http,
      ownInstitute: (await createUser(app(), 'institute', { instituteId: ownInstitute.id })).http,
      otherInstitute: (await createUser(app(), 'institute', { instituteId: otherInstitute.id })).http,
      ownBoard: (await createUser(app(), 'board', { boardId: ownBoard.id })).http,
      otherBoard: (await createUser(app(), 'board', { boardId: otherBoard.id })).http,
    };
  });

  /** A candidate from the own board's panel; with an assessment requested for that board and institute when asked. */
  async function newSubject(withAssessment: boolean): Promise<Subject> {
    const { candidateId } = await candidateWithPassedInterview(app(), { panelBoardId: context.boardId });
    if (!withAssessment) return { candidateId, assessmentId: '' };
    const result = await clients.staff.post(`/api/candidates/${candidateId}/assessments`, {
      boardId: context.boardId,
      instituteId: context.instituteId,
      requestedOn: context.today,
    });
    expect(result.status).toBe(201);
    return { candidateId, assessmentId: result.body.id };
  }

  it('the table covers every route of AssessmentController, and the OpenAPI document lists them', async () => {
    await expectTableCoversController(ROUTES, AssessmentController, app().baseUrl);
  });

  const cells = tableCells(ROUTES, VIEWERS);
  it.each(cells)('%s as %s', async (route, viewer) => {
    const routeCase = ROUTES[route];
    const subject = await newSubject(routeCase.needsAssessment);
    const before = await app().db.query(`SELECT stage, version FROM candidates WHERE id = $1`, [subject.candidateId]);
    const result = await routeCase.send(clients[viewer], subject, context);
    if (!routeCase.allowed.includes(viewer)) {
      expectRefusal(result, 404);
      // A refused command changes nothing.
      const after = await app().db.query(`SELECT stage, version FROM candidates WHERE id = $1`, [subject.candidateId]);
      expect(after.rows[0]).toEqual(before.rows[0]);
      return;
    }
    expect({ route, viewer, status: result.status }).toEqual({ route, viewer, status: route.startsWith('POST /api/candidates') ? 201 : 200 });
    if (routeCase.listedFor) {
      const listed = (result.body as { id: string }[]).some((view) => view.id === subject.assessmentId);
      expect({ route, viewer, listed }).toEqual({ route, viewer, listed: routeCase.listedFor.includes(viewer) });
    }
  });

  it('without a session every route answers 401', async () => {
    const subject = await newSubject(true);
    const anonymous = new HttpClient(app().baseUrl);
    for (const routeCase of Object.values(ROUTES)) expectRefusal(await routeCase.send(anonymous, subject, context), 401);
  });
});
