import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { apply, createBoard, createInstitute, createUser, login } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { expectTableCoversController, tableCells } from '../support/route-table';
import { NotesController } from '../../apps/api/src/notes/notes.controller';
import { CandidateMessagesController } from '../../apps/api/src/candidates/candidate-messages.controller';
import { CandidateBulkController } from '../../apps/api/src/candidates/candidate-bulk.controller';

type Viewer = 'admin' | 'staff' | 'coach' | 'institute' | 'grantedBoard' | 'otherBoard';
const VIEWERS: Viewer[] = ['admin', 'staff', 'coach', 'institute', 'grantedBoard', 'otherBoard'];

interface Subject {
  candidateId: string;
  version: number;
  /** A note written by the granted board's user. */
  noteId: string;
  /** A bulk rejection of the candidate by the desk (for the undo). */
  batchId: string;
}

interface RouteCase {
  /** The status each viewer gets; anyone not named gets 404 (R14: nobody learns what exists). */
  expected: Partial<Record<Viewer, number>>;
  send(client: HttpClient, subject: Subject): Promise<HttpResult>;
}

const DESK_ONLY = { admin: 200, staff: 200 };

const NOTE_ROUTES: Record<string, RouteCase> = {
  'GET /api/candidates/:id/notes': { expected: { ...DESK_ONLY, grantedBoard: 200 }, send: (client, s) => client.get(`/api/candidates/${s.candidateId}/notes`) },
  'POST /api/candidates/:id/notes': {
    expected: { admin: 201, staff: 201, grantedBoard: 201 },
    send: (client, s) => client.post(`/api/candidates/${s.candidateId}/notes`, { kind: 'note', text: 'Toegangstest' }),
  },
  // The desk reads the board's note but did not write it: 403; whoever cannot read it: 404.
  'PATCH /api/candidates/:id/notes/:noteId': {
    expected: { admin: 403, staff: 403, grantedBoard: 200 },
    send: (client, s) => client.patch(`/api/candidates/${s.candidateId}/notes/${s.noteId}`, { kind: 'email', text: 'Gewijzigd' }),
  },
  'DELETE /api/candidates/:id/notes/:noteId': {
    expected: { admin: 403, staff: 403, grantedBoard: 204 },
    send: (client, s) => client.delete(`/api/candidates/${s.candidateId}/notes/${s.noteId}`),
  },
};

const MESSAGE_ROUTES: Record<string, RouteCase> = {
  'GET /api/candidates/:id/messages': {
    expected: { ...DESK_ONLY, grantedBoard: 200 },
    send: (client, s) => client.get(`/api/candidates/${s.candidateId}/messages`),
  },
};

const BULK_ROUTES: Record<string, RouteCase> = {
  'POST /api/candidates/bulk/screening': {
    expected: DESK_ONLY,
    send: (client, s) => client.post('/api/candidates/bulk/screening', { candidates: [{ id: s.candidateId, version: s.version }] }),
  },
  'POST /api/candidates/bulk/reject': {
    expected: DESK_ONLY,
    send: (client, s) => client.post('/api/candidates/bulk/reject', { candidates: [{ id: s.candidateId, version: s.version }], reason: 'Geen plek' }),
  },
  'POST /api/candidates/bulk/reject/:batchId/undo': {
    expected: DESK_ONLY,
    send: (client, s) => client.post(`/api/candidates/bulk/reject/${s.batchId}/undo`, {}),
  },
  'POST /api/candidates/bulk/export': {
    expected: DESK_ONLY,
    send: (client, s) =>
      client.raw('POST', '/api/candidates/bulk/export', JSON.stringify({ candidates: [{ id: s.candidateId, version: s.version }] }), 'application/json'),
  },
};

const ROUTES = { ...NOTE_ROUTES, ...MESSAGE_ROUTES, ...BULK_ROUTES };

/** R14 for issue 16's routes: every role against every route, with a candidate granted to one board. */
describe('R14 access to notes, the mail timeline and bulk actions', () => {
  const app = useTestApp({ worker: false });
  let clients: Record<Viewer, HttpClient>;
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
  });

  /** A candidate the granted board may see, with that board's note, and a desk's bulk rejection of another candidate. */
  async function newSubject(): Promise<Subject> {
    const { candidateId } = await apply(app());
    await app().db.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_at) VALUES ($1, 'board', $2, 'placement', 'dossier', now())`,
      [candidateId, grantedBoardId],
    );
    const note = await clients.grantedBoard.post(`/api/candidates/${candidateId}/notes`, { kind: 'note', text: 'Van bestuur A' });
    expect(note.status).toBe(201);
    const other = await apply(app());
    const rejected = await clients.staff.post('/api/candidates/bulk/reject', { candidates: [{ id: other.candidateId, version: 1 }], reason: 'Geen plek' });
    expect(rejected.body.succeeded).toHaveLength(1);
    return { candidateId, version: 1, noteId: note.body.id, batchId: rejected.body.batchId };
  }

  it('the table covers every route of the three controllers, and every route in it exists', async () => {
    await expectTableCoversController(NOTE_ROUTES, NotesController, app().baseUrl);
    await expectTableCoversController(MESSAGE_ROUTES, CandidateMessagesController, app().baseUrl);
    await expectTableCoversController(BULK_ROUTES, CandidateBulkController, app().baseUrl);
  });

  it.each(tableCells(ROUTES, VIEWERS))('%s as %s', async (route, viewer) => {
    const subject = await newSubject();
    const result = await ROUTES[route].send(clients[viewer], subject);
    const expected = ROUTES[route].expected[viewer] ?? 404;
    if (expected >= 400) {
      expectRefusal(result, expected);
      const { rows } = await app().db.query(`SELECT stage, version FROM candidates WHERE id = $1`, [subject.candidateId]);
      expect(rows[0]).toEqual({ stage: 'applied', version: 1 });
      const note = await app().db.query(`SELECT text, deleted_at FROM candidate_notes WHERE id = $1`, [subject.noteId]);
      expect(note.rows[0]).toEqual({ text: 'Van bestuur A', deleted_at: null });
      return;
    }
    expect({ route, viewer, status: result.status }).toEqual({ route, viewer, status: expected });
  });
});
